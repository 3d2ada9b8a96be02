# -*- coding: utf-8 -*-
"""Writes NAME.docx for every document of corpus_fresh48 with python-docx, from the built
NAME.txt and NAME.labels.json and the document's `docx` entry in fresh48_spec.py (see the
spec's docstring for the entry's keys).

    python3 corpus_fresh48/_build/make_docx.py [SET_DIR]

Every .docx shows exactly the lines of NAME.txt as Word displays them: one paragraph per
line; an automatically numbered paragraph shows its number (numbering.xml, suffix nothing)
in front of its text, the typed number being removed; a table row is one line (cells
joined by U+3000); empty paragraphs and the footer add nothing.  Checked by
../../fresh_build/check_docx.py SET_DIR.  Needs python-docx.
"""
import copy
import datetime
import glob
import importlib.util
import json
import os
import sys

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
IDEO = "\u3000"
FANGSONG, HEITI, XBS = "仿宋_GB2312", "黑体", "方正小标宋简体"

# numbering class -> (numFmt, lvlText with %N for the level)
CLASS_FMT = {"一、": ("chineseCounting", "%N、"), "（一）": ("chineseCounting", "（%N）"),
             "1、": ("decimal", "%N、"), "1.": ("decimal", "%N."), "（1）": ("decimal", "（%N）")}


def load_spec():
    path = glob.glob(os.path.join(HERE, "*_spec.py"))[0]
    spec = importlib.util.spec_from_file_location("set_spec", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, [n for n in dir(mod) if n.endswith("_DOCS")][0])


def W(tag):
    return qn("w:" + tag)


def el(tag, **attrs):
    e = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        e.set(W(k), str(v))
    return e


def set_font(run, font=None, size=None, bold=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(W("rFonts"))
        if rf is None:
            rf = el("rFonts")
            rpr.insert(0, rf)
        for a in ("ascii", "hAnsi", "eastAsia"):
            rf.set(W(a), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def style_font(style, font, size, bold=None):
    style.font.name = font
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = None
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(W("rFonts"))
    if rf is None:
        rf = el("rFonts")
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("ascii", "hAnsi", "eastAsia"):
        rf.set(W(a), font)


class Numbering:
    """Adds abstractNum / num definitions to the document's numbering part."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        # the template's own definitions (used by its List styles) stay; ours follow them
        self.next_abs = 1 + max([int(a.get(W("abstractNumId"))) for a in self.root.findall(W("abstractNum"))] or [0])
        self.next_num = 1 + max([int(n.get(W("numId"))) for n in self.root.findall(W("num"))] or [0])

    def add_abstract(self, levels, pstyle=None):
        """levels: {ilvl: class}.  Returns the abstractNumId."""
        aid = self.next_abs
        self.next_abs += 1
        a = el("abstractNum", abstractNumId=aid)
        a.append(el("multiLevelType", val="hybridMultilevel" if len(levels) > 1 else "singleLevel"))
        for ilvl in range(9):
            cls = levels.get(ilvl)
            fmt, txt = CLASS_FMT[cls] if cls else ("decimal", "%N.")
            lvl = el("lvl", ilvl=ilvl)
            lvl.append(el("start", val=1))
            lvl.append(el("numFmt", val=fmt))
            if pstyle and ilvl == 0:
                lvl.append(el("pStyle", val=pstyle))
            lvl.append(el("suff", val="nothing"))
            lvl.append(el("lvlText", val=txt.replace("%N", "%%%d" % (ilvl + 1))))
            lvl.append(el("lvlJc", val="left"))
            ppr = el("pPr")
            ppr.append(el("ind", left=0, firstLine=640))
            lvl.append(ppr)
            a.append(lvl)
        first_num = self.root.find(W("num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.root.append(a)
        return aid

    def add_num(self, aid, restart=False):
        nid = self.next_num
        self.next_num += 1
        n = el("num", numId=nid)
        n.append(el("abstractNumId", val=aid))
        if restart:
            o = el("lvlOverride", ilvl=0)
            o.append(el("startOverride", val=1))
            n.append(o)
        self.root.append(n)
        return nid


def set_numpr(ppr_parent, num_id, ilvl):
    ppr = ppr_parent.get_or_add_pPr() if hasattr(ppr_parent, "get_or_add_pPr") else ppr_parent
    numpr = el("numPr")
    numpr.append(el("ilvl", val=ilvl))
    numpr.append(el("numId", val=num_id))
    # numPr goes after pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl
    before = [c for c in ppr if c.tag in {W(t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore",
                                                         "framePr", "widowControl")}]
    if before:
        before[-1].addnext(numpr)
    else:
        ppr.insert(0, numpr)


def add_footer_page(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(el("fldChar", fldCharType="begin"))
    r = p.add_run()
    it = el("instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    r._element.append(el("fldChar", fldCharType="separate"))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    r._element.append(el("fldChar", fldCharType="end"))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def rename_style_ids(document, mapping):
    """WPS-like style ids: replace the ids in styles.xml and every reference to them."""
    styles = document.styles.element
    for s in styles.findall(W("style")):
        sid = s.get(W("styleId"))
        if sid in mapping:
            s.set(W("styleId"), mapping[sid])
    for root in (styles, document.element.body):
        for tag in ("pStyle", "basedOn", "next", "link", "rStyle"):
            for e in root.iter(W(tag)):
                if e.get(W("val")) in mapping:
                    e.set(W("val"), mapping[e.get(W("val"))])


def make(doc, lines, lab):
    dx = doc["docx"]
    mode = dx["mode"]
    fonts = {int(k): v for k, v in (dx.get("fonts") or {}).items()}
    lists = dx.get("lists") or {}
    restart = set(dx.get("restart") or [])
    style_num = dx.get("style_num") or {}
    right = dx.get("right") or []
    blank_after = set(dx.get("blank_after") or [])
    hl = {h["line"]: h for h in lab["headings"]}
    titles = set(lab.get("title_lines") or [])
    table_at = {}
    for t in dx.get("tables") or []:
        first = [i for i, l in enumerate(lines, 1) if l.startswith(t["first"])]
        assert len(first) == 1, (doc["name"], t["first"])
        table_at[first[0]] = t

    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.created = cp.modified = datetime.datetime(2024, 3, 1, 9, 0, 0)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Pt(595.3), Pt(841.9)
    sec.top_margin, sec.bottom_margin = Pt(104.9), Pt(70.9)
    sec.left_margin, sec.right_margin = Pt(79.4), Pt(73.7)
    style_font(d.styles["Normal"], FANGSONG, 16)
    head_fonts = {1: (HEITI, False), 2: ("楷体_GB2312", False), 3: (FANGSONG, True)}
    for n in (1, 2, 3):
        st = d.styles["Heading %d" % n]
        style_font(st, head_fonts[n][0], 16, head_fonts[n][1])
        st.font.italic = False
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
    numbering = Numbering(d) if (lists or style_num) else None

    # automatic lists: which numId / ilvl each list paragraph gets
    list_of = {}
    if lists:
        if restart:
            absid = {cls: numbering.add_abstract({0: cls}) for cls in lists}
            cur = {}
            prev_cls = None
            for ln in sorted(hl):
                h = hl[ln]
                cls = h["numbering_style"]
                if cls not in lists:
                    continue
                if cls not in cur or (cls in restart and prev_cls != cls):
                    cur[cls] = numbering.add_num(absid[cls], restart=cls in cur)
                list_of[ln] = (cur[cls], 0)
                prev_cls = cls
        else:
            aid = numbering.add_abstract({lvl: cls for cls, lvl in lists.items()})
            nid = numbering.add_num(aid)
            for ln, h in hl.items():
                if h["numbering_style"] in lists:
                    list_of[ln] = (nid, lists[h["numbering_style"]])
    if style_num:
        for cls, n in style_num.items():
            aid = numbering.add_abstract({0: cls}, pstyle="Heading%d" % n)
            nid = numbering.add_num(aid)
            st = d.styles["Heading %d" % n]
            set_numpr(st.element.get_or_add_pPr(), nid, 0)

    body_paras = []
    i = 1
    while i <= len(lines):
        line = lines[i - 1]
        if i in table_at:
            t = table_at[i]
            rows = [lines[k - 1].split(IDEO) for k in range(i, i + t["rows"])]
            ncol = max(len(r) for r in rows)
            tbl = d.add_table(rows=len(rows), cols=ncol)
            tbl.style = d.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            tbl.autofit = False
            widths = t.get("widths_cm")
            for ri, row in enumerate(rows):
                assert len(row) == ncol, (doc["name"], row)
                for ci, c in enumerate(row):
                    if widths:
                        tbl.cell(ri, ci).width = Cm(widths[ci])
                    p = tbl.cell(ri, ci).paragraphs[0]
                    r = p.add_run(c)
                    set_font(r, FANGSONG, 12, bold=(ri == 0))
                    if ri == 0:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            i += t["rows"]
            continue
        h = hl.get(i)
        text = line
        p = None
        if i in titles:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(line), XBS, 22)
        elif h and h["role"] == "heading" and h["numbering_style"] in style_num:
            assert line.startswith(h["numbering"]), (doc["name"], i)
            p = d.add_paragraph(style="Heading %d" % style_num[h["numbering_style"]])
            p.paragraph_format.first_line_indent = Pt(32)
            p.add_run(line[len(h["numbering"]):])
        else:
            if i in list_of:
                assert line.startswith(h["numbering"]), (doc["name"], i)
                text = line[len(h["numbering"]):]
            if h and h["role"] == "heading" and mode == "headings":
                p = d.add_paragraph(style="Heading %d" % min(h["level"], 3))
                p.paragraph_format.first_line_indent = Pt(32)
                p.add_run(text)
            elif h and h["role"] == "heading" and mode == "direct":
                p = d.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(32)
                f = fonts.get(h["level"])
                r = p.add_run(text)
                if f:
                    set_font(r, f[0], None, bold=f[1] or None)
            elif h and h["role"] == "heading" and mode == "runin":
                p = d.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(32)
                ht = h["text"]
                if i in list_of:
                    ht = ht[len(h["numbering"]):]
                assert text.startswith(ht), (doc["name"], i)
                k = len(ht)
                while k < len(text) and text[k] in "。：；":
                    k += 1
                set_font(p.add_run(text[:k]), None, None, bold=True)
                if text[k:]:
                    p.add_run(text[k:])
            else:
                p = d.add_paragraph()
                if any(line.startswith(rp) for rp in right):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                else:
                    p.paragraph_format.first_line_indent = Pt(32)
                p.add_run(text)
            if i in list_of:
                nid, ilvl = list_of[i]
                set_numpr(p._p, nid, ilvl)
        body_paras.append(p)
        if i in blank_after:
            d.add_paragraph()
        i += 1
    if dx.get("footer"):
        add_footer_page(sec)
    if dx.get("wps_ids"):
        rename_style_ids(d, {"Heading1": "2", "Heading2": "3", "Heading3": "4"})
    target = os.path.join(ROOT, doc["name"] + ".docx")
    d.save(target)
    return target


def main():
    for doc in load_spec():
        name = doc["name"]
        lines = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")
        lab = json.load(open(os.path.join(ROOT, name + ".labels.json"), encoding="utf-8"))
        print("wrote", os.path.relpath(make(doc, lines, lab), ROOT))


if __name__ == "__main__":
    main()
