# -*- coding: utf-8 -*-
"""Builds a held-out fresh set (NAME.txt + NAME.labels.json, stats.json) from its spec,
SET/_build/*_spec.py (a list named *_DOCS). Shared by tests/corpus_fresh, corpus_fresh2 and
corpus_fresh3; adapted from shared/corpus-dev/_build/build.py (same marker syntax, same label
format).

    python3 tests/fresh_build/build.py tests/corpus_fresh3 [--review]

Deterministic; rerunning overwrites the generated files.  Standard library only.

Spec marker syntax (one paragraph per line):
  '@T | text'           a title line (several @T lines are joined, or see title_override)
  '@H2 sec=… | text'    a heading (role heading) at level 2
  '@I3 | text'          an item (role item) at level 3
  other lines           body
Header fields (see common.parse_header):
  sec=<kind>            section kind (omitted -> inherited from the nearest shallower entry)
  alt=<k1,k2>           other acceptable section kinds
  lvlalt=<n,m>          other acceptable levels
  num=<tok>             numbering literal, when the automatic one is not what the line shows
  text=<t>              heading text, when the automatic cut (common.heading_text) is wrong
  phase=name;start;end  a phase named on this line (empty start/end -> null)
A '~' in a header value stands for a space (header fields are separated by spaces).
"""
import argparse
import collections
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None
if ROOT is None:
    sys.exit("usage: build.py SET_DIR [--review]")

from common import detect_numbering, heading_text, parse_header  # noqa: E402


def _load_docs(root):
    specs = glob.glob(os.path.join(root, "_build", "*_spec.py"))
    if len(specs) != 1:
        sys.exit("%s/_build must hold exactly one *_spec.py" % root)
    spec = importlib.util.spec_from_file_location("set_spec", specs[0])
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    names = [n for n in dir(mod) if n.endswith("_DOCS")]
    return getattr(mod, names[0])


DEV_DOCS = _load_docs(ROOT)

KINDS = ["guidance", "background", "goals", "phases", "responsibilities", "requirements", "measures",
         "achievements", "problems", "next_steps", "other"]
DOC_KINDS = ["plan", "scheme", "activity_plan", "summary", "speech", "report"]


def unesc(v):
    return v.replace("~", " ")


def build_labels(name, source, lines, ann, title_lines, meta):
    """lines: list of str (file lines); ann: {file_line: header dict}."""
    headings = []
    phases = []
    stack = []  # (level, section)
    for ln in sorted(ann):
        h = ann[ln]
        text_line = lines[ln - 1]
        lit, style = detect_numbering(text_line)
        if "num" in h:
            lit = unesc(h["num"])
            style = detect_numbering(lit + "题")[1] if lit != "none" else "none"
        level = h["level"]
        while stack and stack[-1][0] >= level:
            stack.pop()
        if "sec" in h:
            sec = h["sec"]
        else:
            if not stack:
                raise SystemExit("%s line %d: no section and no parent" % (name, ln))
            sec = stack[-1][1]
        assert sec in KINDS, (name, ln, sec)
        stack.append((level, sec))
        e = collections.OrderedDict()
        e["line"] = ln
        e["text"] = unesc(h["text"]) if "text" in h else heading_text(text_line)
        assert e["text"] and e["text"] in text_line.strip(), (name, ln, e["text"])
        e["level"] = level
        if "lvlalt" in h:
            e["level_alt"] = [int(x) for x in h["lvlalt"].split(",")]
        e["numbering"] = lit
        e["numbering_style"] = style
        e["role"] = h["role"]
        e["section"] = sec
        if "alt" in h:
            alts = h["alt"].split(",")
            for a in alts:
                assert a in KINDS and a != sec, (name, ln, a)
            e["section_alt"] = alts
        headings.append(e)
        if "phase" in h:
            pn, ps, pe = (unesc(h["phase"]).split(";") + ["", ""])[:3]
            phases.append(collections.OrderedDict(
                [("name", pn), ("start_text", ps or None), ("end_text", pe or None), ("line", ln)]))
    for xp in meta.get("extra_phases", []) or []:
        found = [i + 1 for i, l in enumerate(lines) if xp["at"] in l]
        assert len(found) >= 1, (name, xp["at"])
        p = collections.OrderedDict(
            [("name", xp["name"]), ("start_text", xp["start_text"]), ("end_text", xp["end_text"]),
             ("line", found[0])])
        if xp.get("optional", True):
            p["optional"] = True
        phases.append(p)
    for p in phases:  # sanity: dates appear verbatim in the line (or the body line after it)
        for k in ("start_text", "end_text"):
            if p[k]:
                near = "".join(lines[p["line"] - 1:p["line"] + 1])
                assert p[k] in near, (name, p)
    if meta.get("title_override"):
        title = meta["title_override"]
    else:
        title = "".join(lines[i - 1] for i in title_lines).replace(" ", "") if title_lines else None
    assert meta["doc_kind"] in DOC_KINDS, (name, meta["doc_kind"])
    lab = collections.OrderedDict()
    lab["source"] = source
    lab["doc_kind"] = meta["doc_kind"]
    if meta.get("doc_kind_alt"):
        lab["doc_kind_alt"] = meta["doc_kind_alt"]
    lab["title"] = title
    if title is not None:
        lab["title_lines"] = title_lines
    lab["partial"] = meta.get("partial", True)
    lab["line_count"] = len(lines)
    lab["headings"] = headings
    lab["phases"] = phases
    lab["units"] = meta["units"]
    lab["notes"] = meta.get("notes", [])
    return lab


def build_docs():
    docs = []
    names = set()
    for d in DEV_DOCS:
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        raw = d["text"].rstrip("\n").split("\n")
        lines, ann, title_lines = [], {}, []
        for r in raw:
            if r.startswith("@"):
                hdr, txt = r[1:].split(" | ", 1)
                lines.append(txt)
                if hdr.strip() == "T":
                    title_lines.append(len(lines))
                else:
                    ann[len(lines)] = parse_header(hdr)
            else:
                lines.append(r)
        assert all(l.strip() for l in lines), (d["name"], "empty line")
        lab = build_labels(d["name"], d["source"], lines, ann, title_lines, d)
        docs.append(dict(name=d["name"], lines=lines, labels=lab))
    return docs


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def write_text(path, lines):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", help="the set's folder (tests/corpus_freshN)")
    ap.add_argument("--review", action="store_true", help="print every document with its labels")
    args = ap.parse_args()
    docs = build_docs()
    for fn in os.listdir(ROOT):  # remove outputs of documents no longer in the spec
        if fn.endswith(".labels.json") or (fn.endswith(".txt") and fn.startswith("fresh")):
            stem = fn[:-len(".labels.json")] if fn.endswith(".labels.json") else fn[:-4]
            if stem not in {d["name"] for d in docs}:
                os.remove(os.path.join(ROOT, fn))
    sec_count = collections.Counter()
    sec_count_items = collections.Counter()
    kind_count = collections.Counter()
    lvl_count = collections.Counter()
    style_count = collections.Counter()
    nphase = nphase_opt = ndates = 0
    nunits = 0
    ntitle = 0
    for d in docs:
        lab = d["labels"]
        write_text(os.path.join(ROOT, d["name"] + ".txt"), d["lines"])
        dump(os.path.join(ROOT, d["name"] + ".labels.json"), lab)
        kind_count[lab["doc_kind"]] += 1
        ntitle += lab["title"] is not None
        nunits += len(lab["units"])
        for h in lab["headings"]:
            (sec_count if h["role"] == "heading" else sec_count_items)[h["section"]] += 1
            lvl_count[(h["role"], h["level"])] += 1
            style_count[h["numbering_style"]] += 1
        for p in lab["phases"]:
            if p.get("optional"):
                nphase_opt += 1
            else:
                nphase += 1
                ndates += (p["start_text"] is not None) + (p["end_text"] is not None)
        if args.review:
            print("=" * 20, d["name"], lab["doc_kind"], lab["source"])
            hl = {h["line"]: h for h in lab["headings"]}
            for i, l in enumerate(d["lines"], 1):
                h = hl.get(i)
                tag = ""
                if h:
                    tag = "%s%d %-16s %-6s" % ("H" if h["role"] == "heading" else "i", h["level"],
                                               h["section"] + ("+" + ",".join(h["section_alt"]) if "section_alt" in h else ""),
                                               h["numbering_style"])
                elif i in lab.get("title_lines", []):
                    tag = "TITLE"
                print("%3d %-34s| %s" % (i, tag, l[:70]))
                if h:
                    print("      text=%r num=%r" % (h["text"], h["numbering"]))
            print("title:", lab["title"])
            print("phases:", json.dumps(lab["phases"], ensure_ascii=False))
            print("units:", lab["units"])
    stats = collections.OrderedDict()
    stats["documents"] = len(docs)
    stats["doc_kinds"] = dict(kind_count.most_common())
    stats["with_title"] = ntitle
    stats["headings_role_heading"] = sum(sec_count.values())
    stats["items"] = sum(sec_count_items.values())
    stats["headings_role_heading_by_section"] = {k: sec_count[k] for k in KINDS}
    stats["items_by_section"] = {k: sec_count_items[k] for k in KINDS}
    stats["entries_by_role_level"] = {"%s/L%d" % k: v for k, v in sorted(lvl_count.items())}
    stats["numbering_styles"] = dict(style_count.most_common())
    stats["phases"] = nphase
    stats["phase_date_fields"] = ndates
    stats["phases_optional"] = nphase_opt
    stats["units"] = nunits
    dump(os.path.join(ROOT, "stats.json"), stats)
    print(json.dumps(stats, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
