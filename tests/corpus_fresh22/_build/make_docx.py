# -*- coding: utf-8 -*-
"""Writes NAME.docx for every document of corpus_fresh22 from the built NAME.txt and
NAME.labels.json and the `docx` entry of each document in fresh22_spec.py.
(Adapted from corpus_fresh21/_build/make_docx.py.)

    python3 corpus_fresh22/_build/make_docx.py [SET_DIR]

The .docx shows exactly the lines of NAME.txt (one paragraph per line; a table row per
line with its cells joined by U+3000 in the .txt; a soft line break starts a new .txt line
only when the part after it starts with a number or a date; tabs, empty paragraphs and the
footer add nothing).  The `docx` entry (see the spec's docstring):
  style      'direct'  direct run formatting, style Normal everywhere;
             'cn'      headings in paragraph styles named "标题 1/2/3" (outline levels 0-2);
  numbering  None | 'multi' (numPr on paragraphs, levels from `levels`) |
             'style' (numPr in the styles "标题 1" and "要点") |
             'restart' (一、/（一） one list; each 1、 list a new numId with startOverride);
  tables, joins (a line equal to, else starting with, the given text), breaks, right (lines
  equal to one of the given texts), footer, blank_after.
Deterministic: fixed core properties and fixed zip timestamps.  Needs python-docx.
"""
import datetime
import glob
import importlib.util
import io
import json
import os
import sys
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
IDEO_SPACE = "\u3000"

FANGSONG, HEITI, KAITI, XIAOBIAOSONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"

# numbering class -> (numFmt, lvlText pattern with {n} for the level's placeholder)
CLASS_FMT = {"一、": ("chineseCounting", "%{n}、"), "（一）": ("chineseCounting", "（%{n}）"),
             "1.": ("decimal", "%{n}."), "1、": ("decimal", "%{n}、"), "（1）": ("decimal", "（%{n}）")}
CN_STYLE_IDS = {1: "1", 2: "2", 3: "3"}           # styleId of "标题 1/2/3"
CN_STYLE_FONTS = {1: (HEITI, False), 2: (KAITI, False), 3: (FANGSONG, True)}
YAODIAN = "yaodian"                               # paragraph style "要点" (numbered via its numPr)


def load_spec():
    path = glob.glob(os.path.join(HERE, "*_spec.py"))[0]
    spec = importlib.util.spec_from_file_location("set_spec", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, [n for n in dir(mod) if n.endswith("_DOCS")][0])


def cn_number(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def fmt_value(fmt, v):
    return cn_number(v) if fmt == "chineseCounting" else str(v)


def set_font(run, name, size=16, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold or None
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


# ---------------------------------------------------------------- styles and numbering

def add_cn_heading_styles(document, numbered=None):
    """Paragraph styles named "标题 1" / "标题 2" / "标题 3" (as WPS writes them), outline levels
    0-2.  numbered: {level: (numId, ilvl)} puts a numPr into that style."""
    styles = document.styles.element
    for lvl in (1, 2, 3):
        font, bold = CN_STYLE_FONTS[lvl]
        numpr = ""
        if numbered and lvl in numbered:
            numpr = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (
                numbered[lvl][1], numbered[lvl][0])
        styles.append(parse_xml(
            '<w:style %s w:type="paragraph" w:styleId="%s"><w:name w:val="标题 %d"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:keepLines/>%s<w:spacing w:before="0" w:after="0" w:line="560" '
            'w:lineRule="exact"/><w:ind w:firstLine="640"/><w:outlineLvl w:val="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:sz w:val="32"/>'
            '<w:szCs w:val="32"/></w:rPr></w:style>'
            % (nsdecls("w"), CN_STYLE_IDS[lvl], lvl, numpr, lvl - 1, font, font, font,
               "<w:b/>" if bold else "")))


def add_yaodian_style(document, num_id, ilvl):
    document.styles.element.append(parse_xml(
        '<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="要点"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="%d"/>'
        '<w:numId w:val="%d"/></w:numPr><w:ind w:firstLine="640"/></w:pPr></w:style>'
        % (nsdecls("w"), YAODIAN, ilvl, num_id)))


def add_abstract(document, abs_id, classes, pstyles=None):
    """classes: list of numbering classes, index = ilvl."""
    numbering = document.part.numbering_part.element
    lvls = []
    for i, cls in enumerate(classes):
        fmt, pat = CLASS_FMT[cls]
        ps = '<w:pStyle w:val="%s"/>' % pstyles[i] if pstyles and pstyles.get(i) else ""
        lvls.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
                    '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
                    % (i, fmt, ps, pat.format(n=i + 1)))
    absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="%s"/>%s'
                     '</w:abstractNum>' % (nsdecls("w"), abs_id,
                                           "multilevel" if len(classes) > 1 else "singleLevel", "".join(lvls)))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)


def add_num(document, num_id, abs_id, start_override=None):
    over = ""
    if start_override is not None:
        over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="%d"/></w:lvlOverride>' % start_override
    document.part.numbering_part.element.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (nsdecls("w"), num_id, abs_id, over)))


def set_numpr(paragraph, num_id, ilvl):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


class Counter:
    """Our own rendering of the numbers Word shows (deeper levels restart)."""

    def __init__(self, classes):
        self.classes = classes
        self.c = [0] * len(classes)

    def next(self, ilvl):
        self.c[ilvl] += 1
        for k in range(ilvl + 1, len(self.c)):
            self.c[k] = 0
        fmt, pat = CLASS_FMT[self.classes[ilvl]]
        text = pat.format(n=ilvl + 1)
        for k in range(ilvl + 1):
            text = text.replace("%%%d" % (k + 1), fmt_value(CLASS_FMT[self.classes[k]][0], self.c[k] or 1))
        return text


def add_page_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        set_font(r, "宋体", 14)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            r._element.append(el)
        elif kind == "text":
            r.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


# ---------------------------------------------------------------- runs

def segments_for(line, heading, style):
    """[(text, font, bold)] for one .txt line's runs (font None: the paragraph style's)."""
    if heading is None:
        return [(line, FANGSONG, False)]
    lvl = heading["level"]
    if heading["role"] == "item":
        hfont = (FANGSONG, False)
    elif style == "cn":
        hfont = (None, None)
    elif heading["numbering"] == "none":
        hfont = (HEITI if lvl == 1 else FANGSONG, lvl != 1)
    elif lvl == 1:
        hfont = (HEITI, False)
    elif lvl == 2:
        hfont = (KAITI, False)
    else:
        hfont = (FANGSONG, True)
    t = heading["text"]
    if line.startswith(t) and len(t) < len(line):
        return [(t, hfont[0], hfont[1]), (line[len(t):], FANGSONG, False)]
    return [(line, hfont[0], hfont[1])]


def insert_marks(segs, marks):
    """marks: [(offset, char)] in the paragraph text; insert char at offset."""
    for off, ch in sorted(marks, reverse=True):
        pos = 0
        for i, (t, f, b) in enumerate(segs):
            if pos <= off <= pos + len(t) and (off < pos + len(t) or i == len(segs) - 1):
                segs[i] = (t[:off - pos] + ch + t[off - pos:], f, b)
                break
            pos += len(t)
    return segs


def add_runs(p, segs, size):
    for t, font, bold in segs:
        parts = t.split("\n")
        for k, part in enumerate(parts):
            if k:
                r = p.add_run()
                r._element.append(OxmlElement("w:br"))
                if font:
                    set_font(r, font, size, bold)
            if part:
                r = p.add_run(part)
                if font:
                    set_font(r, font, size, bold)
                else:
                    r.font.size = Pt(size)


# ---------------------------------------------------------------- one document

def build_one(d, root):
    name = d["name"]
    meta = d.get("docx") or {}
    style = meta.get("style", "direct")
    numbering = meta.get("numbering")
    lines = open(os.path.join(root, name + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")
    lab = json.load(open(os.path.join(root, name + ".labels.json"), encoding="utf-8"))
    heads = {h["line"]: h for h in lab["headings"]}
    titles = set(lab.get("title_lines") or [])

    document = docx.Document()
    cp = document.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = lab["title"] or ""
    cp.created = cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.revision = 1
    normal = document.styles["Normal"]
    normal.font.name = FANGSONG
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FANGSONG)

    counter = None
    restart_next = [100]
    if numbering == "multi":
        levels = meta["levels"]
        classes = [c for c, _ in sorted(levels.items(), key=lambda kv: kv[1])]
        add_abstract(document, 90, classes)
        add_num(document, 90, 90)
        counter = Counter(classes)
    elif numbering == "style":
        classes = ["一、", "1."]
        add_abstract(document, 90, classes, pstyles={0: CN_STYLE_IDS[1], 1: YAODIAN})
        add_num(document, 90, 90)
        counter = Counter(classes)
    elif numbering == "restart":
        classes = ["一、", "（一）"]
        add_abstract(document, 90, classes)
        add_num(document, 90, 90)
        add_abstract(document, 91, ["1、"])
        counter = Counter(classes)
        sub = {"n": 0, "num": None}
    if style == "cn" or numbering == "style":
        add_cn_heading_styles(document, numbered={1: (90, 0)} if numbering == "style" else None)
    if numbering == "style":
        add_yaodian_style(document, 90, 1)

    tables = {}
    for t in meta.get("tables", []):
        first = IDEO_SPACE.join(c for c in t["rows"][0] if c)
        tables[lines.index(first)] = t
    joins = {}
    for start, n in meta.get("joins", []):
        exact = [i for i, l in enumerate(lines) if l == start]
        idx = exact[0] if exact else [i for i, l in enumerate(lines) if l.startswith(start)][0]
        joins[idx] = n
    breaks = meta.get("breaks", [])
    right = meta.get("right", [])
    blank_after = set(meta.get("blank_after", []))

    i = 0
    while i < len(lines):
        if i in tables:
            rows = tables[i]["rows"]
            ncol = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=ncol)
            table.style = document.styles["Table Grid"]
            for r, row in enumerate(rows):
                assert IDEO_SPACE.join(c for c in row if c) == lines[i + r], (name, lines[i + r])
                assert i + r + 1 not in heads, (name, "table row labelled", lines[i + r])
                for c in range(ncol):
                    text = row[c] if c < len(row) else ""
                    if text:
                        set_font(table.cell(r, c).paragraphs[0].add_run(text), HEITI if r == 0 else FANGSONG, 14)
            i += len(rows)
            if i in blank_after:
                document.add_paragraph()
            continue
        n = joins.get(i, 1)
        group = list(range(i, i + n))
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        all_segs = []
        size = 16
        for k, j in enumerate(group):
            ln = j + 1
            line = lines[j]
            h = heads.get(ln)
            text = line
            if k == 0 and counter is not None and h is not None:
                cls = h["numbering_style"]
                ilvl = None
                if numbering == "multi" and cls in meta["levels"]:
                    ilvl = meta["levels"][cls]
                    set_numpr(p, 90, ilvl)
                elif numbering == "style" and cls in ("一、", "1."):
                    ilvl = 0 if cls == "一、" else 1
                    p.style = document.styles["标题 1"] if ilvl == 0 else document.styles["要点"]
                elif numbering == "restart" and cls in ("一、", "（一）"):
                    ilvl = 0 if cls == "一、" else 1
                    set_numpr(p, 90, ilvl)
                if ilvl is not None:
                    rendered = counter.next(ilvl)
                elif numbering == "restart" and cls == "1、":
                    if h["numbering"] == "1、":       # a new list: new numId, restart at 1
                        restart_next[0] += 1
                        add_num(document, restart_next[0], 91, start_override=1)
                        sub["num"], sub["n"] = restart_next[0], 0
                    sub["n"] += 1
                    rendered = "%d、" % sub["n"]
                    set_numpr(p, sub["num"], 0)
                    ilvl = 0
                if ilvl is not None:
                    assert h["numbering"] == rendered and line.startswith(rendered), (name, ln, rendered, line)
                    text = line[len(rendered):]
                    h = dict(h, text=h["text"][len(rendered):])
            if ln in titles:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.first_line_indent = None
                segs = [(text, XIAOBIAOSONG, False)]
                size = 22
            else:
                segs = segments_for(text, h, style)
                if style == "cn" and h is not None and h["role"] == "heading" and numbering != "style":
                    p.style = document.styles["标题 %d" % min(h["level"], 3)]
            marks = [(len(before), "\n") for start, before in breaks if text.startswith(start)]
            segs = insert_marks(segs, marks)
            if k:
                segs[0] = ("\n" + segs[0][0], segs[0][1], segs[0][2])
            all_segs.extend(segs)
            if line in right and k == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.first_line_indent = None
                p.paragraph_format.right_indent = Pt(64)
        add_runs(p, all_segs, size)
        i += n
        if i in blank_after:
            document.add_paragraph()
    if meta.get("footer"):
        add_page_footer(document.sections[0])
    buf = io.BytesIO()
    document.save(buf)
    out = os.path.join(root, name + ".docx")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda x: (x.filename != "[Content_Types].xml", x.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    return out


def main():
    for d in load_spec():
        print(build_one(d, ROOT))


if __name__ == "__main__":
    main()
