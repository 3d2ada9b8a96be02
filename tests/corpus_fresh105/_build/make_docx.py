# -*- coding: utf-8 -*-
"""Writes NAME.docx for every document of corpus_fresh105 WITH LIBREOFFICE: for each
document this script writes a flat ODF text file (_build/fodt/NAME.fodt) from the built
NAME.txt and NAME.labels.json and the document's `docx` entry in fresh105_spec.py, then runs

    soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir SET_DIR NAME.fodt

so every .docx is exactly as LibreOffice saves it (numbering.xml, styles.xml, tables,
footer all written by LibreOffice; this script never touches the .docx).

    python3 corpus_fresh105/_build/make_docx.py [SET_DIR]

The .fodt shows exactly the lines of NAME.txt (one paragraph per line; a table row per line,
its cells split at U+3000; a soft line break that does not start a new .txt line; empty
paragraphs and the footer add nothing).  The `docx` entry (see the spec's docstring):
  style   'outline'  labelled headings whose numbering class is in `outline` are text:h in
                     Heading 1/2/3, numbered by the OUTLINE numbering (text:outline-style:
                     一、 / （一） / 1、 / 1. / （1） levels; the typed number is removed);
          'headings' labelled headings are text:h in Heading 1/2/3 by their level, numbers
                     typed, the outline numbering has no number format;
          'direct'   paragraphs in automatic (direct-formatting) styles, headings bold;
  lists   {class: level}: labelled lines of that class are items of an automatic list
          (list style L1; typed number removed).  With a level-0 class the whole document is
          ONE multi-level list (later text:list elements continue-numbering); otherwise each
          run of list paragraphs is a new one-level list (restarts at 1);
  runin   (direct style; added for corpus_fresh105) the label of a run-in heading, up to and including
          its closing punctuation, is a bold 黑体 span, the body following in the same paragraph;
  tables, breaks, right, footer, blank_after: see the spec.
Needs LibreOffice (soffice) on PATH.  Standard library only otherwise.
"""
import glob
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import re
from xml.sax.saxutils import escape as _xml_escape


def escape(s):
    """XML-escape; a run of n>1 spaces becomes ' ' + <text:s text:c=n-1/> so ODF keeps it
    (added for corpus_fresh66: typed alignment spaces such as '组  长：')."""
    return re.sub(" {2,}", lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), _xml_escape(s))

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
FODT_DIR = os.path.join(HERE, "fodt")
IDEO = "\u3000"

FANGSONG, HEITI, KAITI, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"

# numbering class -> (style:num-format, prefix, suffix)
CLASS_FMT = {"一、": ("一, 二, 三, ...", "", "、"), "（一）": ("一, 二, 三, ...", "（", "）"),
             "1、": ("1", "", "、"), "1.": ("1", "", "."), "（1）": ("1", "（", "）"),
             # added for corpus_fresh71: the enumeration comma after the bracket
             "（一）、": ("一, 二, 三, ...", "（", "）、"), "（1）、": ("1", "（", "）、")}


def load_spec():
    path = glob.glob(os.path.join(HERE, "*_spec.py"))[0]
    spec = importlib.util.spec_from_file_location("set_spec", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, [n for n in dir(mod) if n.endswith("_DOCS")][0])


def level_props(fmt, prefix, suffix, indent_cm):
    a = 'style:num-format="%s"' % fmt
    if prefix:
        a += ' style:num-prefix="%s"' % prefix
    if suffix:
        a += ' style:num-suffix="%s"' % suffix
    props = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
             '<style:list-level-label-alignment text:label-followed-by="nothing" '
             'fo:text-indent="0cm" fo:margin-left="%scm"/></style:list-level-properties>' % indent_cm)
    return a, props


def outline_style(outline):
    by_level = {lvl: cls for cls, lvl in (outline or {}).items()}
    out = ['<text:outline-style style:name="Outline">']
    for lvl in range(1, 11):
        if lvl in by_level:
            fmt, pre, suf = CLASS_FMT[by_level[lvl]]
            a, props = level_props(fmt, pre, suf, "0")
            a += ' text:display-levels="1"'
        else:
            a, props = level_props("", "", "", "0")
        out.append('<text:outline-level-style text:level="%d" %s>%s</text:outline-level-style>' % (lvl, a, props))
    out.append("</text:outline-style>")
    return "".join(out)


def list_style(lists, multi):
    out = ['<text:list-style style:name="L1">']
    levels = {}
    for cls, lvl in (lists or {}).items():
        levels[(lvl + 1) if multi else 1] = cls
    for lvl in range(1, 11):
        cls = levels.get(lvl)
        fmt, pre, suf = CLASS_FMT[cls] if cls else ("1", "", ".")
        a, props = level_props(fmt, pre, suf, "0")
        out.append('<text:list-level-style-number text:level="%d" %s>%s</text:list-level-style-number>'
                   % (lvl, a, props))
    out.append("</text:list-style>")
    return "".join(out)


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
xmlns:dc="http://purl.org/dc/elements/1.1/" \
office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:language>zh-CN</dc:language><meta:creation-date>2024-01-01T00:00:00</meta:creation-date><dc:date>2024-01-01T00:00:00</dc:date></office:meta>
"""


def tp(font, size, bold=False):
    b = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return ('<style:text-properties style:font-name="%s" fo:font-family="%s" style:font-family-asian="%s" '
            'fo:font-size="%spt" style:font-size-asian="%spt"%s/>' % (font, font, font, size, size, b))


def styles_xml(dx):
    multi = dx.get("lists") and min(dx["lists"].values()) == 0
    s = ['<office:font-face-decls>']
    for f in (FANGSONG, HEITI, KAITI, XBS):
        s.append('<style:font-face style:name="%s" svg:font-family="%s" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>' % (f, f))
    s.append('</office:font-face-decls>')
    s.append('<office:styles>')
    s.append('<style:default-style style:family="paragraph">%s</style:default-style>'
             % tp(FANGSONG, 16).replace("/>", ' fo:language="zh" fo:country="CN" style:language-asian="zh" '
                                              'style:country-asian="CN"/>'))
    s.append('<style:style style:name="Standard" style:family="paragraph" style:class="text">'
             '<style:paragraph-properties fo:line-height="150%"/>' + tp(FANGSONG, 16) + '</style:style>')
    fonts = {1: (HEITI, False), 2: (KAITI, False), 3: (FANGSONG, True)}
    for n in (1, 2, 3):
        f, b = fonts[n]
        s.append('<style:style style:name="Heading_20_%d" style:display-name="Heading %d" style:family="paragraph" '
                 'style:parent-style-name="Standard" style:next-style-name="Standard" '
                 'style:default-outline-level="%d" style:class="text">%s</style:style>' % (n, n, n, tp(f, 16, b)))
    s.append(outline_style(dx.get("outline") if dx["style"] == "outline" else None))
    if dx.get("lists"):
        s.append(list_style(dx["lists"], multi))
    s.append('</office:styles>')
    s.append('<office:automatic-styles>')
    s.append('<style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:text-align="center"/>%s</style:style>' % tp(XBS, 22))
    s.append('<style:style style:name="PBody" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:text-indent="0.85cm"/></style:style>')
    s.append('<style:style style:name="PBold" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:text-indent="0.85cm"/>%s</style:style>' % tp(HEITI, 16))
    s.append('<style:style style:name="TB" style:family="text">%s</style:style>' % tp(HEITI, 16, True).replace(
        ' fo:font-size="16pt" style:font-size-asian="16pt"', ''))
    s.append('<style:style style:name="PList" style:family="paragraph" style:parent-style-name="Standard" '
             'style:list-style-name="L1"/>')
    s.append('<style:style style:name="PRight" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:text-align="end"/></style:style>')
    s.append('<style:style style:name="PCell" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:line-height="100%"/>' + tp(FANGSONG, 12) + '</style:style>')
    s.append('<style:style style:name="PFooter" style:family="paragraph" style:parent-style-name="Standard">'
             '<style:paragraph-properties fo:text-align="center"/>' + tp("宋体", 14) + '</style:style>')
    s.append('<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" '
             'table:align="margins"/></style:style>')
    s.append('<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>')
    s.append('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
             'fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="2.5cm" fo:margin-left="2.8cm" '
             'fo:margin-right="2.6cm"/><style:footer-style><style:header-footer-properties '
             'fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>')
    s.append('</office:automatic-styles>')
    s.append('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">')
    if dx.get("footer"):
        s.append('<style:footer><text:p text:style-name="PFooter">— <text:page-number text:select-page="current">'
                 '1</text:page-number> —</text:p></style:footer>')
    s.append('</style:master-page></office:master-styles>')
    return "".join(s)


def render_list(items, depth=1):
    """items: [(level 1.., content xml)] -> nested text:list-item xml (inside a text:list)."""
    xml, i = "", 0
    while i < len(items):
        lvl, c = items[i]
        j = i + 1
        if lvl == depth:
            while j < len(items) and items[j][0] > depth:
                j += 1
            xml += '<text:list-item><text:p text:style-name="PList">%s</text:p>' % c
            if j > i + 1:
                xml += "<text:list>" + render_list(items[i + 1:j], depth + 1) + "</text:list>"
            xml += "</text:list-item>"
        else:
            j = i
            while j < len(items) and items[j][0] > depth:
                j += 1
            xml += "<text:list-item><text:list>" + render_list(items[i:j], depth + 1) + "</text:list></text:list-item>"
        i = j
    return xml


def table_xml(rows_cells, vspan):
    ncol = max(len(r) for r in rows_cells)
    out = ['<table:table table:name="表格%d" table:style-name="Tbl"><table:table-column '
           'table:number-columns-repeated="%d"/>' % (table_xml.n, ncol)]
    table_xml.n += 1
    for ri, row in enumerate(rows_cells):
        out.append("<table:table-row>")
        for ci in range(ncol):
            cell = row[ci] if ci < len(row) else ""
            if cell is None:
                out.append("<table:covered-table-cell/>")
                continue
            span = vspan.get((ri, ci))
            a = ' table:number-rows-spanned="%d"' % span if span else ""
            para = '<text:p text:style-name="PCell">%s</text:p>' % escape(cell) if cell else \
                '<text:p text:style-name="PCell"/>'
            out.append('<table:table-cell table:style-name="TblCell" office:value-type="string"%s>%s'
                       '</table:table-cell>' % (a, para))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


table_xml.n = 1


def _runin_split(line, h):
    """(label incl. its closing punctuation, rest) of a run-in heading line, or None when the
    line is the heading alone (added for corpus_fresh105)."""
    i = line.find(h["text"])
    if i != 0:
        return None
    j = len(h["text"])
    if j < len(line) and line[j] in "。：:；，":
        j += 1
    if j >= len(line):
        return None
    return line[:j], line[j:]


def body_xml(doc, lines, lab):
    dx = doc["docx"]
    style = dx["style"]
    outline = dx.get("outline") or {}
    lists = dx.get("lists") or {}
    multi = bool(lists) and min(lists.values()) == 0
    hl = {h["line"]: h for h in lab["headings"]}
    titles = set(lab.get("title_lines") or [])
    right = dx.get("right") or []
    breaks = dx.get("breaks") or []
    blank_after = set(dx.get("blank_after") or [])
    # table rows
    table_at = {}
    for t in dx.get("tables") or []:
        first = [i for i, l in enumerate(lines, 1) if l.startswith(t["first"])]
        assert len(first) == 1, (doc["name"], t["first"])
        table_at[first[0]] = t
    out = []
    pending_list = []   # [(level, content)]
    state = {"lists_made": 0}

    def flush():
        if pending_list:
            cont = ' text:continue-numbering="true"' if (multi and state["lists_made"]) else ""
            out.append('<text:list text:style-name="L1"%s>%s</text:list>' % (cont, render_list(pending_list)))
            state["lists_made"] += 1
            del pending_list[:]

    i = 1
    while i <= len(lines):
        line = lines[i - 1]
        if i in table_at:
            flush()
            t = table_at[i]
            n = t["rows"]
            cells = t.get("cells") or [lines[k - 1].split(IDEO) for k in range(i, i + n)]
            vspan = {}
            for ri, row in enumerate(cells):
                for ci, c in enumerate(row):
                    if c is None:
                        r0 = ri - 1
                        while cells[r0][ci] is None:
                            r0 -= 1
                        vspan[(r0, ci)] = vspan.get((r0, ci), 1) + 1
            for k in range(n):   # the rows must give the .txt lines
                got = IDEO.join(c for c in cells[k] if c)
                assert got == lines[i - 1 + k], (doc["name"], got, lines[i - 1 + k])
            out.append(table_xml(cells, vspan))
            i += n
            continue
        h = hl.get(i)
        lit = h["numbering"] if h else None
        cls = h["numbering_style"] if h else None
        content = None
        for start, before in breaks:
            if line.startswith(start):
                assert line.startswith(before), (doc["name"], line)
                content = escape(before) + "<text:line-break/>" + escape(line[len(before):])
        if h and cls in lists and not (style == "outline" and h["role"] == "heading" and cls in outline):
            assert line.startswith(lit), (doc["name"], i)
            lvl = (lists[cls] + 1) if multi else 1
            pending_list.append((lvl, escape(line[len(lit):])))
            i += 1
            if i - 1 in blank_after:
                flush()
                out.append('<text:p text:style-name="PBody"/>')
            continue
        flush()
        if content is None:
            content = escape(line)
        if i in titles:
            out.append('<text:p text:style-name="PTitle">%s</text:p>' % content)
        elif h and h["role"] == "heading" and style == "outline" and cls in outline:
            assert line.startswith(lit), (doc["name"], i)
            n = outline[cls]
            out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                       % (n, n, escape(line[len(lit):])))
        elif h and h["role"] == "heading" and style == "headings":
            n = min(h["level"], 3)
            out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                       % (n, n, content))
        elif any(line.startswith(r) for r in right):
            out.append('<text:p text:style-name="PRight">%s</text:p>' % content)
        elif h and h["role"] == "heading" and dx.get("runin") and _runin_split(line, h):
            head, rest = _runin_split(line, h)
            # added for corpus_fresh105: a run-in heading whose label alone is bold (黑体), body in the
            # same paragraph in the body font
            out.append('<text:p text:style-name="PBody"><text:span text:style-name="TB">%s</text:span>%s</text:p>'
                       % (escape(head), escape(rest)))
        elif h and h["role"] == "heading":
            out.append('<text:p text:style-name="PBold">%s</text:p>' % content)
        else:
            out.append('<text:p text:style-name="PBody">%s</text:p>' % content)
        if i in blank_after:
            out.append('<text:p text:style-name="PBody"/>')
        i += 1
    flush()
    return "".join(out)


def main():
    os.makedirs(FODT_DIR, exist_ok=True)
    for doc in load_spec():
        name = doc["name"]
        lines = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")
        lab = json.load(open(os.path.join(ROOT, name + ".labels.json"), encoding="utf-8"))
        table_xml.n = 1
        xml = HEAD + styles_xml(doc["docx"]) + "<office:body><office:text>" + body_xml(doc, lines, lab) + \
            "</office:text></office:body></office:document>\n"
        fodt = os.path.join(FODT_DIR, name + ".fodt")
        with open(fodt, "w", encoding="utf-8") as fh:
            fh.write(xml)
        target = os.path.join(ROOT, name + ".docx")
        if os.path.exists(target):
            os.remove(target)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_fresh105", "--headless", "--convert-to", 'docx:MS Word 2007 XML', "--outdir", ROOT, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert os.path.exists(target), target
        print("wrote", os.path.relpath(target, ROOT))


if __name__ == "__main__":
    main()
