# -*- coding: utf-8 -*-
"""Writes NAME.docx beside every NAME.txt of corpus_fresh52 with python-docx, from the built .txt,
the .labels.json and the document's `docx` entry in fresh52_spec.py.

    python3 corpus_fresh52/_build/make_docx.py [SET_DIR]

docx entry keys:
  style   "headings"  built-in Heading 1/2/3 (标题 1-3) for heading lines, numbers typed
          "wps"       the same styles with WPS-like style ids '2' / '3' (names 'heading 1' / 'heading 2')
          "outline"   Heading 1/2 carrying OUTLINE NUMBERING in the style (numPr in the style's pPr);
                      the numbering class -> level map is `outline`; the number is not typed
          "direct" / "direct_kaiti"   no heading style: 正文 paragraphs with bold 黑体 (level 1) /
                      bold 楷体_GB2312 (level 2+) runs
          "custom"    the writer's own paragraph styles '一级标题' / '二级标题' (outline level 1 / 2)
          "listhead"  level-1 headings whose class is in `lists` are automatically numbered plain
                      paragraphs with bold 黑体 runs; other headings direct formatting
  lists   {numbering class: level}: labelled lines of that class are automatically numbered plain
          paragraphs (the typed number removed); a new w:num (restart) after any labelled line of
          another class at the same or a shallower level
  tables  [{first: row-1 prefix, rows: n, cells: optional explicit cells (None = vertical-merge
          continuation)}]: n .txt lines become one Word table (Table Grid), first row bold
  bold_runin   automatically numbered run-in headings: only the heading sentence is a bold run
  blank_after  line numbers followed by an empty paragraph
Header/footer: a centred PAGE field footer on every document.  core properties fixed.
"""
import datetime
import glob
import importlib.util
import json
import os
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
IDEO = "\u3000"
FS, HT, KT, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"
FMT = {"一、": ("chineseCounting", "%{n}、"), "（一）": ("chineseCounting", "（%{n}）"),
       "1、": ("decimal", "%{n}、"), "1.": ("decimal", "%{n}."), "（1）": ("decimal", "（%{n}）")}


def load_spec():
    path = glob.glob(os.path.join(HERE, "*_spec.py"))[0]
    spec = importlib.util.spec_from_file_location("set_spec", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, [n for n in dir(mod) if n.endswith("_DOCS")][0])


def set_font(run, font, size, bold=False):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold or None
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font)


def lvl_xml(ilvl, fmt, text, pstyle=None):
    ps = '<w:pStyle w:val="%s"/>' % pstyle if pstyle else ""
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/>'
            '</w:pPr></w:lvl>' % (ilvl, fmt, ps, text))


class Numbering:
    def __init__(self, document):
        self.el = document.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.el.findall(qn("w:abstractNum"))]
        nids = [int(n.get(qn("w:numId"))) for n in self.el.findall(qn("w:num"))]
        self.next_abs = max(ids + [0]) + 1
        self.next_num = max(nids + [0]) + 1

    def add(self, levels):
        """levels: [(fmt, lvlText, pStyle or None)] -> numId (new abstractNum + num)."""
        a = self.next_abs
        self.next_abs += 1
        body = "".join(lvl_xml(i, f, t, ps) for i, (f, t, ps) in enumerate(levels))
        absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="%s"/>%s'
                         '</w:abstractNum>' % (nsdecls("w"), a, "multilevel" if len(levels) > 1
                                               else "singleLevel", body))
        nums = self.el.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(absn)
        else:
            self.el.append(absn)
        n = self.next_num
        self.next_num += 1
        self.el.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                 % (nsdecls("w"), n, a)))
        return n


def set_numpr(ppr_owner, num_id, ilvl=0):
    ppr = ppr_owner.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def make(doc, lines, lab):
    dx = doc["docx"]
    style = dx["style"]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    cp = d.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    cp.title = ""
    # footer page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    fp._p.append(fld)
    fp._p.append(parse_xml('<w:r %s><w:t xml:space="preserve"> —</w:t></w:r>' % nsdecls("w")))
    normal = d.styles["Normal"]
    normal.font.name = FS
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    hstyles = {n: d.styles["Heading %d" % n] for n in (1, 2, 3)}
    for n, st in hstyles.items():
        st.font.name = HT if n == 1 else KT
        st.font.size = Pt(16)
        st.font.bold = n == 3
        st.font.color.rgb = None
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), HT if n == 1 else KT)
        if style == "wps":   # WPS-like ids; references from other styles follow
            old_id = st.style_id
            st.style_id = str(n + 1)
            for el in d.styles.element.iter(qn("w:link"), qn("w:basedOn"), qn("w:next")):
                if el.get(qn("w:val")) == old_id:
                    el.set(qn("w:val"), str(n + 1))
    if style == "custom":   # the writer's own heading styles with an outline level
        from docx.enum.style import WD_STYLE_TYPE
        for n, (nm, font, bold) in {1: ("一级标题", HT, True), 2: ("二级标题", KT, False)}.items():
            st = d.styles.add_style(nm, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = normal
            st.font.name, st.font.size, st.font.bold = font, Pt(16), bold
            st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
            st.paragraph_format.first_line_indent = Cm(1.13)
            st.element.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), n - 1)))
            hstyles[n] = st
        hstyles[3] = hstyles[2]
    numbering = Numbering(d)
    outline = dx.get("outline") or {}
    if style == "outline":
        by_lvl = sorted(outline.items(), key=lambda kv: kv[1])
        levels = []
        for cls, lv in by_lvl:
            f, t = FMT[cls]
            levels.append((f, t.format(n=lv), hstyles[lv].style_id))
        oid = numbering.add(levels)
        for cls, lv in by_lvl:
            set_numpr(hstyles[lv].element, oid, lv - 1)
    lists = dx.get("lists") or {}
    cur = {}  # class -> numId
    hl = {h["line"]: h for h in lab["headings"]}
    titles = set(lab.get("title_lines") or [])
    blank_after = set(dx.get("blank_after") or [])
    table_at = {}
    for t in dx.get("tables") or []:
        first = [i for i, l in enumerate(lines, 1) if l.startswith(t["first"])]
        assert len(first) == 1, (doc["name"], t["first"])
        table_at[first[0]] = t
    i = 1
    while i <= len(lines):
        line = lines[i - 1]
        if i in table_at:
            t = table_at[i]
            n = t["rows"]
            cells = t.get("cells") or [lines[k - 1].split(IDEO) for k in range(i, i + n)]
            for k in range(n):
                got = IDEO.join(c for c in cells[k] if c)
                assert got == lines[i - 1 + k], (doc["name"], got, lines[i - 1 + k])
            ncol = max(len(r) for r in cells)
            tb = d.add_table(rows=n, cols=ncol)
            tb.style = d.styles["Table Grid"]
            weights = [min(max(len(r[ci] or "") if ci < len(r) else 0 for r in cells), 40) + 4
                       for ci in range(ncol)]
            for ci in range(ncol):   # column widths in proportion to the longest cell (capped)
                for ri in range(n):
                    tb.cell(ri, ci).width = Cm(15.6 * weights[ci] / sum(weights))
            for ri, row in enumerate(cells):
                for ci in range(ncol):
                    c = row[ci] if ci < len(row) else ""
                    if c is None:
                        r0 = ri - 1
                        while cells[r0][ci] is None:
                            r0 -= 1
                        top = tb.cell(r0, ci)
                        top.merge(tb.cell(ri, ci))
                        continue
                    if c:
                        p = tb.cell(ri, ci).paragraphs[0]
                        set_font(p.add_run(c), FS, 12, bold=(ri == 0))
            i += n
            continue
        h = hl.get(i)
        if i in titles:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(line), XBS, 22)
        elif h and (h["numbering_style"] in lists or (style == "outline" and h["role"] == "heading"
                                                        and h["numbering_style"] in outline)):
            cls = h["numbering_style"]
            assert line.startswith(h["numbering"]), (doc["name"], i)
            txt = line[len(h["numbering"]):]
            if style == "outline" and h["role"] == "heading" and cls in outline:
                p = d.add_paragraph(style=hstyles[outline[cls]])
                p.add_run(txt)
            else:
                if cls not in cur:
                    f, t = FMT[cls]
                    cur[cls] = [numbering.add([(f, t.format(n=1), None)]), h["level"]]
                cur[cls][1] = h["level"]
                p = d.add_paragraph()
                set_numpr(p._p, cur[cls][0], 0)
                p.paragraph_format.first_line_indent = Cm(1.13)
                if h["role"] == "heading" and dx.get("bold_runin") and h["text"] != line:
                    head = h["text"][len(h["numbering"]):]
                    cut = len(head) + (1 if txt[len(head):len(head) + 1] in "。：；" else 0)
                    set_font(p.add_run(txt[:cut]), HT if h["level"] == 1 else KT, 16, bold=True)
                    p.add_run(txt[cut:])
                elif h["role"] == "heading":
                    set_font(p.add_run(txt), HT if h["level"] == 1 else KT, 16, bold=True)
                else:
                    p.add_run(txt)
        elif h and h["role"] == "heading" and style in ("headings", "wps", "outline", "custom"):
            p = d.add_paragraph(style=hstyles[min(h["level"], 3)])
            p.add_run(line)
        elif h and h["role"] == "heading":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.13)
            set_font(p.add_run(line), HT if h["level"] == 1 else KT, 16, bold=True)
        else:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.13)
            p.add_run(line)
        if h:  # a labelled line of another class at the same or a shallower level restarts a list
            for cls in list(cur):
                if cls != h["numbering_style"] and h["level"] <= cur[cls][1]:
                    del cur[cls]
        if i in blank_after:
            d.add_paragraph()
        i += 1
    if d.element.body[-2].tag == qn("w:tbl"):   # Word always keeps a paragraph after a final table
        d.add_paragraph()
    return d


def main():
    for doc in load_spec():
        name = doc["name"]
        lines = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")
        lab = json.load(open(os.path.join(ROOT, name + ".labels.json"), encoding="utf-8"))
        d = make(doc, lines, lab)
        d.save(os.path.join(ROOT, name + ".docx"))
        print("wrote", name + ".docx")


if __name__ == "__main__":
    main()
