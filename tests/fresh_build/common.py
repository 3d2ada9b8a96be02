# -*- coding: utf-8 -*-
"""Shared helpers for building the development corpus (numbering classes,
heading text, marker parsing).  Copied for tests/corpus_fresh2; the only change:
〔一〕 (tortoise-shell brackets) counts as the （一） class.  Standard library only; not used by the scorer."""
import re
import unicodedata

CN_NUM = "一二三四五六七八九十百零〇"

# Order matters: first match wins.  Each entry: (regex, style-class function)
_NUM_PATTERNS = [
    (re.compile(r"^[（(〔][%s]+[)）〕]、?" % CN_NUM), lambda m: "（一）、" if m.group(0).endswith("、") else "（一）"),
    (re.compile(r"^[（(]\d+[)）]、?"), lambda m: "（1）、" if m.group(0).endswith("、") else "（1）"),
    (re.compile(r"^[\u2474-\u2487]"), lambda m: "⑴"),          # ⑴ ⑵ … (parenthesized digits)
    (re.compile(r"^[\u2460-\u2473]"), lambda m: "①"),          # ① ② … (circled digits)
    (re.compile(r"^[\u3220-\u3229]"), lambda m: "㈠"),          # ㈠ ㈡ … (parenthesized ideographs)
    (re.compile(r"^第[%s]+(阶段|部分|步|周)?" % CN_NUM), lambda m: "第一"),
    (re.compile(r"^[%s]+、" % CN_NUM), lambda m: "一、"),
    (re.compile(r"^[%s]+，" % CN_NUM), lambda m: "一、"),      # fresh21: 一， counts as the 一、 class
    (re.compile(r"^[%s]+[.．](?![0-9])" % CN_NUM), lambda m: "一."),
    (re.compile(r"^[%s]是" % CN_NUM), lambda m: "一是"),
    (re.compile(r"^[%s]要" % CN_NUM), lambda m: "一要"),
    (re.compile(r"^(首先|其次|再次|最后)"), lambda m: "首先"),
    (re.compile(r"^\d+[.．](?![0-9])"), lambda m: "1."),
    (re.compile(r"^\d+、"), lambda m: "1、"),
    (re.compile(r"^\d+，"), lambda m: "1、"),                 # fresh21: 1， counts as the 1、 class
    (re.compile(r"^\d+[)）]"), lambda m: "1）"),                # 1） / 1) : closing bracket only
    (re.compile(r"^[a-zA-Z][.、](?![0-9a-zA-Z])"), lambda m: "a."),
    (re.compile(r"^(——|—|-{2,}|－{2,})"), lambda m: "——"),     # dash-led run-in points, incl. '----'
]


def detect_numbering(line):
    """Return (literal numbering token, normalised style class)."""
    s = line.strip()
    for rx, cls in _NUM_PATTERNS:
        m = rx.match(s)
        if m:
            return m.group(0), cls(m)
    return "none", "none"


def heading_text(line):
    """Heading part of a line: up to the first 。/；/; ; for 'title：long body' up to
    the colon; trailing punctuation stripped."""
    s = line.strip()
    for sep in ("：", ":"):
        p = s.find(sep)
        if 0 < p <= 30:
            rest = s[p + 1:]
            if len(rest) > 25 or "。" in rest:
                s = s[:p]
                break
    depth = 0
    for i, ch in enumerate(s):      # cut at the first 。/；/; outside brackets
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in "。；;" and depth == 0:
            s = s[:i]
            break
    return s.rstrip("：:；;，,。.、 ")


def parse_header(h):
    """'H2 sec=goals alt=a,b num=... text=... lvlalt=1 phase=name;start;end' -> dict"""
    parts = h.split()
    role = {"H": "heading", "I": "item"}[parts[0][0]]
    level = int(parts[0][1:])
    d = {"role": role, "level": level}
    for p in parts[1:]:
        k, v = p.split("=", 1)
        d[k] = v
    return d


def nfkc(s):
    return unicodedata.normalize("NFKC", s)
