# -*- coding: utf-8 -*-
"""Writes NAME.docx for every document of corpus_fresh21 from the built NAME.txt and
NAME.labels.json and the `docx` entry of each document in fresh21_spec.py.

    python3 corpus_fresh21/_build/make_docx.py [SET_DIR]

The .docx shows exactly the lines of NAME.txt (one paragraph per line; a table row per
line with its cells joined by U+3000 in the .txt; soft breaks, tabs, empty paragraphs and the
footer add nothing to the text).  Modes (see the spec's docstring):
  a  typed numbers, direct formatting on runs, style Normal everywhere;
  b  built-in Heading 1/2/3 styles on headings, numbers typed;
  c  automatic multi-level list numbering (numbering.xml, abstractNum 一、/（一）/1./（1）);
     labelled lines whose token is of one of those classes get numPr and lose the typed token.
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
IDEO_SPACE = "\u3000"

FANGSONG, HEITI, KAITI, XIAOBIAOSONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"

# automatic list: level -> (numFmt, lvlText, label numbering class)
LEVELS = [("chineseCounting", "%1、", "一、"), ("chineseCounting", "（%2）", "（一）"),
          ("decimal", "%3.", "1."), ("decimal", "（%4）", "（1）")]
CLASS_TO_ILVL = {cls: i for i, (_, _, cls) in enumerate(LEVELS)}
ABSTRACT_ID, NUM_ID = 90, 90


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


def render_level(ilvl, counters):
    fmt, text, _ = LEVELS[ilvl]
    for k in range(ilvl + 1):
        v = counters[k] or 1
        s = cn_number(v) if LEVELS[k][0] == "chineseCounting" else str(v)
        text = text.replace("%%%d" % (k + 1), s)
    return text


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


def add_numbering(document):
    numbering = document.part.numbering_part.element
    lvls = []
    for i, (fmt, text, _) in enumerate(LEVELS):
        lvls.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>' % (i, fmt, text))
    absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
                     '</w:abstractNum>' % (nsdecls("w"), ABSTRACT_ID, "".join(lvls)))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), NUM_ID, ABSTRACT_ID)))


def set_numpr(paragraph, ilvl):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = NUM_ID


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


def segments_for(line, heading, mode):
    """[(text, font, bold)] for a paragraph's runs."""
    body = (FANGSONG, False)
    if heading is None:
        return [(line, FANGSONG, False)]
    lvl = heading["level"]
    if heading["role"] == "item":
        hfont = body
    elif lvl == 1:
        hfont = (HEITI, False)
    elif lvl == 2:
        hfont = (KAITI, False)
    else:
        hfont = (FANGSONG, True)
    t = heading["text"]
    if line.startswith(t) and len(t) < len(line):
        return [(t, hfont[0], hfont[1]), (line[len(t):], body[0], body[1])]
    return [(line, hfont[0], hfont[1])]


def insert_marks(segs, marks):
    """marks: [(offset, char)] in the paragraph text; insert char at offset (text not counted)."""
    for off, ch in sorted(marks, reverse=True):
        pos = 0
        for i, (t, f, b) in enumerate(segs):
            if pos <= off <= pos + len(t) and (off < pos + len(t) or i == len(segs) - 1):
                segs[i] = (t[:off - pos] + ch + t[off - pos:], f, b)
                break
            pos += len(t)
    return segs


def build_one(d, root):
    name = d["name"]
    meta = d.get("docx") or {}
    mode = meta.get("mode", "a")
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
    if mode == "c":
        add_numbering(document)
    counters = [0, 0, 0, 0]
    tables = {}
    for t in meta.get("tables", []):
        first = IDEO_SPACE.join(c for c in t["rows"][0] if c)
        idx = lines.index(first)
        tables[idx] = t
    breaks = meta.get("breaks", [])
    tabs = meta.get("tabs", [])
    blank_after = set(meta.get("blank_after", []))

    i = 0
    while i < len(lines):
        ln = i + 1
        if i in tables:
            rows = tables[i]["rows"]
            ncol = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=ncol)
            table.style = document.styles["Table Grid"]
            for r, row in enumerate(rows):
                assert IDEO_SPACE.join(c for c in row if c) == lines[i + r], (name, lines[i + r])
                for c in range(ncol):
                    cell = table.cell(r, c)
                    text = row[c] if c < len(row) else ""
                    p = cell.paragraphs[0]
                    if text:
                        set_font(p.add_run(text), HEITI if r == 0 and ncol > 2 and i + 1 not in heads
                                 and rows[0][0] in ("阶段", "序号", "时间") else FANGSONG, 14)
            i += len(rows)
            if i in blank_after:
                document.add_paragraph()
            continue
        line = lines[i]
        h = heads.get(ln)
        text = line
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        if mode == "c" and h is not None and h["numbering_style"] in CLASS_TO_ILVL:
            ilvl = CLASS_TO_ILVL[h["numbering_style"]]
            counters[ilvl] += 1
            for k in range(ilvl + 1, 4):
                counters[k] = 0
            rendered = render_level(ilvl, counters)
            assert h["numbering"] == rendered and line.startswith(rendered), (name, ln, rendered, line)
            text = line[len(rendered):]
            set_numpr(p, ilvl)
            h = dict(h, text=h["text"][len(rendered):])
        if ln in titles:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.first_line_indent = None
            segs = [(text, XIAOBIAOSONG, False)]
            size = 22
        else:
            segs = segments_for(text, h, mode)
            size = 16
            if mode == "b" and h is not None and h["role"] == "heading" and h["numbering"] != "none":
                p.style = document.styles["Heading %d" % min(h["level"], 3)]
            if mode == "b" and h is not None and h["numbering"] == "none":
                segs = [(segs[0][0], FANGSONG, True)] + segs[1:]
        marks = []
        for start, before in breaks:
            if text.startswith(start):
                marks.append((len(before), "\n"))
        for start, before in tabs:
            if text.startswith(start):
                marks.append((len(before), "\t"))
        segs = insert_marks(segs, marks)
        for t, font, bold in segs:
            if t:
                set_font(p.add_run(t), font, size, bold)
        if ln in blank_after:
            document.add_paragraph()
        i += 1
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
