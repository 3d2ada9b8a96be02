# -*- coding: utf-8 -*-
"""Writes NAME.docx for every document of corpus_fresh54 with python-docx, from the built
NAME.txt / NAME.labels.json and the document's `docx` entry in fresh54_spec.py (see the
spec's docstring for the fields).  The .docx shows exactly the lines of NAME.txt as Word
displays them: one paragraph per line, automatic numbers rendered in front of the line,
a table row per line (cells joined by U+3000, empty cells skipped), empty paragraphs and
the footer adding nothing.

    python3 corpus_fresh54/_build/make_docx.py [SET_DIR]

Checked afterwards by fresh_build/check_docx.py SET_DIR ("docx problems: 0") and by
LibreOffice (soffice --headless --convert-to pdf).  Deterministic apart from the zip's
timestamps (core properties are fixed).
"""
import copy
import datetime
import glob
import importlib.util
import json
import os
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
IDEO = "\u3000"
FANGSONG, HEITI, KAITI, XBS, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"

# numbering class -> (numFmt, lvlText with {n} for the level number)
CLASS_FMT = {"一、": ("chineseCounting", "%{n}、"), "（一）": ("chineseCounting", "（%{n}）"),
             "1、": ("decimal", "%{n}、"), "1.": ("decimal", "%{n}."), "（1）": ("decimal", "（%{n}）")}


def load_spec():
    path = glob.glob(os.path.join(HERE, "*_spec.py"))[0]
    spec = importlib.util.spec_from_file_location("set_spec", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, [n for n in dir(mod) if n.endswith("_DOCS")][0])


def set_rfonts(rpr, font):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)


def fmt_run(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        set_rfonts(run._r.get_or_add_rPr(), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def fmt_style(style, font, size, bold=False):
    style.font.name = font
    set_rfonts(style.element.get_or_add_rPr(), font)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)


def add_numbering(document, levels, pstyles=None):
    """levels: {ilvl: class}.  Adds one multi-level abstractNum and a num; returns numId."""
    numbering = document.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abs_ids + [0]) + 1, max(num_ids + [0]) + 1
    xml = ['<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>' % (nsdecls("w"), aid)]
    for k in range(9):
        cls = levels.get(k)
        fmt, txt = CLASS_FMT[cls] if cls else ("decimal", "%{n}.")
        ps = '<w:pStyle w:val="%s"/>' % pstyles[k] if pstyles and k in pstyles else ""
        xml.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
                   '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/>'
                   '</w:pPr></w:lvl>' % (k, fmt, ps, txt.replace("{n}", str(k + 1))))
    xml.append("</w:abstractNum>")
    absnum = parse_xml("".join(xml))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def set_numpr(ppr, num_id, ilvl):
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def add_page_field(paragraph):
    run = paragraph.add_run("— ")
    fmt_run(run, SONG, 14)
    r = paragraph.add_run()
    fmt_run(r, SONG, 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = paragraph.add_run()
    fmt_run(r, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = paragraph.add_run()
    fmt_run(r, SONG, 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = paragraph.add_run("1")
    fmt_run(r, SONG, 14)
    r = paragraph.add_run()
    fmt_run(r, SONG, 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    run = paragraph.add_run(" —")
    fmt_run(run, SONG, 14)


def wps_heading_styles(document):
    """Replace python-docx's Heading 1-3 by styles with WPS's ids "2", "3", "4"."""
    st = document.styles.element
    for sid in ("Heading1", "Heading2", "Heading3"):
        for s in st.findall(qn("w:style")):
            if s.get(qn("w:styleId")) == sid:
                st.remove(s)
    fonts = {1: (HEITI, False), 2: (KAITI, False), 3: (FANGSONG, True)}
    for n in (1, 2, 3):
        f, b = fonts[n]
        st.append(parse_xml(
            '<w:style %s w:type="paragraph" w:styleId="%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
            '<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/>'
            '<w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s'
            '<w:sz w:val="32"/></w:rPr></w:style>'
            % (nsdecls("w"), n + 1, n, n - 1, f, f, f, "<w:b/>" if b else "")))
    return {1: "2", 2: "3", 3: "4"}


def named_styles(document):
    s1 = document.styles.add_style("一级标题", WD_STYLE_TYPE.PARAGRAPH)
    s1.element.set(qn("w:styleId"), "a5")
    s1.base_style = document.styles["Normal"]
    fmt_style(s1, HEITI, 16)
    s1.paragraph_format.first_line_indent = Pt(32)
    s1.paragraph_format.keep_with_next = True
    s1.element.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="0"/>' % nsdecls("w")))
    s2 = document.styles.add_style("正文缩进", WD_STYLE_TYPE.PARAGRAPH)
    s2.element.set(qn("w:styleId"), "a6")
    s2.base_style = document.styles["Normal"]
    s2.paragraph_format.first_line_indent = Pt(32)
    return s1, s2


def build(doc, lines, lab):
    dx = doc["docx"]
    style = dx["style"]
    document = docx.Document()
    cp = document.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = lab["title"] or ""
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    sec = document.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    normal = document.styles["Normal"]
    fmt_style(normal, FANGSONG, 16)
    normal.paragraph_format.space_after = Pt(0)
    if dx.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)

    hl = {h["line"]: h for h in lab["headings"]}
    titles = set(lab.get("title_lines") or [])
    subtitle = set(range(max(titles) + 1, max(titles) + 1 + dx.get("subtitle", 0))) if titles else set()
    autonum = dx.get("autonum") or {}
    outline = dx.get("outline") or {}
    nonum = dx.get("nonum") or []
    num_id = None
    hstyle = {}
    if autonum:
        num_id = add_numbering(document, {v: k for k, v in autonum.items()})
    if style == "heading" or style == "outline":
        for n, (f, b) in {1: (HEITI, False), 2: (KAITI, False), 3: (FANGSONG, True)}.items():
            st = document.styles["Heading %d" % n]
            fmt_style(st, f, 16, b)
            st.paragraph_format.first_line_indent = Pt(32)
            st.paragraph_format.space_before = Pt(0)
            st.paragraph_format.space_after = Pt(0)
            if n == 3:
                st.paragraph_format.keep_with_next = False   # run-in level-3 headings carry their body
            hstyle[n] = "Heading %d" % n
    if style == "outline":
        onum = add_numbering(document, {v: k for k, v in outline.items()},
                             pstyles={k: "Heading%d" % (k + 1) for k in outline.values()})
        for cls, k in outline.items():
            set_numpr(document.styles["Heading %d" % (k + 1)].element.get_or_add_pPr(), onum, k)
    if style == "wps":
        ids = wps_heading_styles(document)
    if style == "named":
        s1, s2 = named_styles(document)

    tables = {}
    for t in dx.get("tables") or []:
        first = [i for i, l in enumerate(lines, 1) if l.startswith(t["first"])]
        assert len(first) == 1, (doc["name"], t["first"])
        tables[first[0]] = t

    def body_par(text):
        p = document.add_paragraph()
        if style == "named":
            p.style = s2
        else:
            p.paragraph_format.first_line_indent = Pt(32)
        p.add_run(text)
        return p

    i = 1
    while i <= len(lines):
        line = lines[i - 1]
        if i in tables:
            t = tables[i]
            rows = [lines[k - 1].split(IDEO) for k in range(i, i + t["rows"])]
            ncol = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=ncol)
            table.style = document.styles["Table Grid"]
            for ri, row in enumerate(rows):
                cells = [""] * (ncol - len(row)) + row       # short rows: empty cells on the left
                for ci, c in enumerate(cells):
                    cp_ = table.rows[ri].cells[ci].paragraphs[0]
                    if c:
                        fmt_run(cp_.add_run(c), FANGSONG, 12, bold=(ri == 0))
                got = IDEO.join(c for c in cells if c)
                assert got == lines[i - 1 + ri], (doc["name"], got)
            trpr = table.rows[0]._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:tblHeader"))
            i += t["rows"]
            continue
        h = hl.get(i)
        if i in titles:
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if style == "bold":
                fmt_run(p.add_run(line), SONG, 18, bold=True)
            else:
                fmt_run(p.add_run(line), dx.get("title_font", XBS), 22)
            if i == max(titles) and style in ("named", "outline"):
                document.add_paragraph()          # an empty paragraph under the title
            i += 1
            continue
        if i in subtitle:
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt_run(p.add_run(line), KAITI, 16)
            if i == max(subtitle):
                document.add_paragraph()
            i += 1
            continue
        if h is None:
            body_par(line)
            i += 1
            continue
        lit, cls, lvl = h["numbering"], h["numbering_style"], h["level"]
        rest = line
        p = document.add_paragraph()
        if cls in autonum:
            assert line.startswith(lit), (doc["name"], i)
            rest = line[len(lit):]
            set_numpr(p._p.get_or_add_pPr(), num_id, autonum[cls])
        if style == "outline":
            if any(line.startswith(x) for x in nonum):
                p.style = document.styles["Heading 1"]
                set_numpr(p._p.get_or_add_pPr(), 0, 0)
                p.paragraph_format.first_line_indent = Pt(32)
            else:
                assert cls in outline and line.startswith(lit), (doc["name"], i)
                rest = line[len(lit):]
                p.style = document.styles["Heading %d" % (outline[cls] + 1)]
            p.add_run(rest)
        elif style == "heading":
            p.style = document.styles[hstyle[min(lvl, 3)]]
            p.add_run(rest)
        elif style == "wps":
            p._p.get_or_add_pPr().get_or_add_pStyle().val = ids[min(lvl, 3)]
            p.add_run(rest)
        elif style == "named":
            if lvl == 1:
                p.style = s1
                p.add_run(rest)
            else:
                p.style = s2
                p.add_run(rest)
        else:
            # direct formatting on a Normal paragraph: the heading part formatted, the run-in body plain
            p.paragraph_format.first_line_indent = Pt(32)
            head = h["text"] if h["role"] == "heading" else ""
            if cls in autonum and head.startswith(lit):
                head = head[len(lit):]
            k = rest.find(head) if head else -1
            if k != 0:
                head = ""
            if style == "bold":
                font, bold = None, True
            else:
                font, bold = {1: (dx.get("l1_font", HEITI), False), 2: (KAITI, False)}.get(lvl, (None, True))
                if lvl == 2 and dx.get("l2_bold"):
                    font, bold = None, True
                if lvl == 3 and dx.get("l3_bold"):
                    font, bold = None, True
            if head:
                fmt_run(p.add_run(head), font, None, bold)
                if rest[len(head):]:
                    p.add_run(rest[len(head):])
            else:
                p.add_run(rest)
        i += 1
    return document


def main():
    for doc in load_spec():
        name = doc["name"]
        lines = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")
        lab = json.load(open(os.path.join(ROOT, name + ".labels.json"), encoding="utf-8"))
        document = build(doc, lines, lab)
        target = os.path.join(ROOT, name + ".docx")
        document.save(target)
        print("wrote", os.path.basename(target))


if __name__ == "__main__":
    main()
