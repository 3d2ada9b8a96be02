# -*- coding: utf-8 -*-
"""Re-reads every NAME.docx of a set of Word files (corpus_fresh21, corpus_fresh22, corpus_fresh24) with
python-docx and asserts that the text Word displays equals NAME.txt line by line:
  - body paragraphs and tables in document order; empty paragraphs are not lines;
  - w:t text only: a tab (w:tab) adds nothing; a soft line break (w:br) adds nothing EXCEPT
    when the part after it starts with a number or a date (a digit, '（' + digit, or a
    Chinese-numeral year such as '二○二三年'): then that part is a new line;
  - automatic list numbers are rendered by our own counter from numbering.xml (numFmt,
    lvlText, start, w:lvlOverride/w:startOverride; deeper levels restart when a shallower
    level counts) and put in front of the paragraph's first line; the numPr is taken from
    the paragraph, else from its paragraph style (following basedOn);
  - a table row is one line: its cells' texts joined by U+3000, empty cells skipped;
  - headers and footers are not read.
It also reads the numbering LibreOffice writes (corpus_fresh24):
numFmt taiwaneseCountingThousand (LibreOffice's export of the 一, 二, 三 format) is rendered
like chineseCounting, and only for 1-9, where every Chinese format gives the same digit (the
set keeps every Chinese-numbered level below 10; a count of 10 or more is an error here);
numFmt none renders its lvlText (empty in LibreOffice's output); a level whose w:suff is not
"nothing" is reported (a tab would add nothing to the line, but the set wants suffix nothing).

    python3 tests/fresh_build/check_docx.py tests/corpus_fresh22      # prints "docx problems: 0"
"""
import glob
import os
import re
import sys

import docx
from docx.oxml.ns import qn

if len(sys.argv) < 2:
    sys.exit("usage: check_docx.py SET_DIR")
ROOT = os.path.abspath(sys.argv[1])
W = lambda t: qn("w:" + t)  # noqa: E731
SUFFIX_NOT_NOTHING = set()


def cn_counting(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def fmt_number(fmt, n):
    if fmt in ("taiwaneseCountingThousand",):
        if not 1 <= n <= 9:
            raise ValueError("%s count %d outside 1-9: Word's rendering not checked" % (fmt, n))
        return cn_counting(n)
    if fmt == "none":
        return ""
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional"):
        return cn_counting(n)
    if fmt == "decimal":
        return str(n)
    raise ValueError("numFmt not handled: %s" % fmt)


class Numbering:
    def __init__(self, document):
        self.levels = {}  # numId -> {ilvl: (fmt, lvlText, start)}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        absmap = {}
        if root is not None:
            for a in root.findall(W("abstractNum")):
                lv = {}
                for l in a.findall(W("lvl")):
                    fmt = l.find(W("numFmt")).get(W("val"))
                    txt = l.find(W("lvlText")).get(W("val"))
                    st = l.find(W("start"))
                    sf = l.find(W("suff"))
                    if sf is not None and sf.get(W("val")) != "nothing" and l.find(W("numFmt")).get(W("val")) != "none":
                        SUFFIX_NOT_NOTHING.add((a.get(W("abstractNumId")), l.get(W("ilvl")), sf.get(W("val"))))
                    lv[int(l.get(W("ilvl")))] = (fmt, txt, int(st.get(W("val"))) if st is not None else 1)
                absmap[a.get(W("abstractNumId"))] = lv
            for n in root.findall(W("num")):
                lv = dict(absmap[n.find(W("abstractNumId")).get(W("val"))])
                for o in n.findall(W("lvlOverride")):
                    so = o.find(W("startOverride"))
                    k = int(o.get(W("ilvl")))
                    if so is not None and k in lv:
                        lv[k] = (lv[k][0], lv[k][1], int(so.get(W("val"))))
                self.levels[n.get(W("numId"))] = lv
        self.counters = {}

    def render(self, num_id, ilvl):
        lv = self.levels[num_id]
        c = self.counters.setdefault(num_id, {})
        c[ilvl] = c.get(ilvl, lv[ilvl][2] - 1) + 1
        for k in list(c):
            if k > ilvl:
                del c[k]
        text = lv[ilvl][1]
        for k in range(ilvl + 1):
            val = c.get(k, lv[k][2])
            text = text.replace("%%%d" % (k + 1), fmt_number(lv[k][0], val))
        return text


def para_text(p_el):
    return "".join(t.text or "" for t in p_el.iter(W("t")))


NEW_LINE_AFTER_BREAK = re.compile(r"[0-9０-９]|[（(][0-9０-９]|[〇○零一二三四五六七八九十]{2,4}年")


def para_lines(p_el):
    """The paragraph's displayed lines: soft breaks join, unless a number or date follows."""
    parts = [""]
    for el in p_el.iter(W("t"), W("br"), W("cr")):
        if el.tag == W("t"):
            parts[-1] += el.text or ""
        elif el.get(W("type")) in (None, "textWrapping"):
            parts.append("")
    out = [parts[0]]
    for part in parts[1:]:
        if NEW_LINE_AFTER_BREAK.match(part):
            out.append(part)
        else:
            out[-1] += part
    return out


def style_numpr(document, style_id):
    """numPr of a paragraph style, following basedOn."""
    styles = document.styles.element
    seen = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        st = [s for s in styles.findall(W("style")) if s.get(W("styleId")) == style_id]
        if not st:
            return None
        numpr = st[0].find(W("pPr") + "/" + W("numPr"))
        if numpr is not None:
            return numpr
        based = st[0].find(W("basedOn"))
        style_id = based.get(W("val")) if based is not None else None
    return None


def docx_lines(path):
    document = docx.Document(path)
    numbering = Numbering(document)
    out = []
    for el in document.element.body.iterchildren():
        if el.tag == W("p"):
            lines = para_lines(el)
            numpr = el.find(W("pPr") + "/" + W("numPr"))
            if numpr is None:
                ps = el.find(W("pPr") + "/" + W("pStyle"))
                if ps is not None:
                    numpr = style_numpr(document, ps.get(W("val")))
            if numpr is not None and "".join(lines).strip():
                nid = numpr.find(W("numId"))
                num_id = nid.get(W("val")) if nid is not None else "0"
                il = numpr.find(W("ilvl"))
                ilvl = int(il.get(W("val"))) if il is not None else 0
                if num_id != "0":
                    lines[0] = numbering.render(num_id, ilvl) + lines[0]
            for text in lines:
                if text.strip():
                    out.append(text)
        elif el.tag == W("tbl"):
            for tr in el.iter(W("tr")):
                cells = ["".join(para_text(p) for p in tc.iter(W("p"))) for tc in tr.findall(W("tc"))]
                row = "\u3000".join(c for c in cells if c)
                if row:
                    out.append(row)
    return out


def main():
    bad = 0
    # The documents: a text with its labels (not split.txt or notes).
    files = sorted(f for f in glob.glob(os.path.join(ROOT, "*.txt"))
                   if os.path.exists(f[:-4] + ".labels.json"))
    assert files, ROOT
    for txt in files:
        name = os.path.basename(txt)[:-4]
        want = open(txt, encoding="utf-8").read().rstrip("\n").split("\n")
        SUFFIX_NOT_NOTHING.clear()
        got = docx_lines(os.path.join(ROOT, name + ".docx"))
        if SUFFIX_NOT_NOTHING:
            print("NOTE", name, "levels with a suffix other than nothing:", sorted(SUFFIX_NOT_NOTHING))
        if got != want:
            bad += 1
            print("MISMATCH", name, len(got), len(want))
            for i in range(max(len(got), len(want))):
                g = got[i] if i < len(got) else None
                w = want[i] if i < len(want) else None
                if g != w:
                    print("  line %d\n    docx: %r\n    txt:  %r" % (i + 1, g, w))
                    break
        else:
            print("ok", name, len(want), "lines")
    print("docx problems:", bad)
    assert bad == 0


if __name__ == "__main__":
    main()
