#!/usr/bin/env python3
"""Maps the shared bench's plan.json (../shared/bench/data/plan.json and the variants of
make_batch.py) into gongwen's input model, as gongwen JSON files.

    python3 benches/plan_json.py PLAN.json OUT.json
    python3 benches/plan_json.py --in-dir DIR --out-dir OUTDIR     # every *.json in DIR

The mapping, field by field:
    title, issuer                 -> title, issuer            (kind = 实施方案)
    date / signature.date         -> date                     ("2025年2月20日" parses as it is)
    preamble                      -> opening
    guiding_ideology              -> guidance.text
    goals_intro, goals[]          -> goals.overall, goals.items[] {title, text}
    phases[] {name, period, tasks}-> phases[] {name, start, end, tasks[] {text}}
    responsibilities[]            -> responsibilities[] {area, lead, responsible = units,
        items[] {title, target, lead, units, deadline}      duties[] {task, target, lead, units, deadline}}
    requirements[] {heading, text}-> safeguards[] {title, text}
The doc number and the red banner have no place in a plan (gongwen writes no 版头), and the
annex title is generated (任务分工表). Deadlines "2025年12月底" become the month 2025-12 (the
template writes 2025年12月底前); "持续推进" becomes no deadline (长期坚持).
"""
import json
import os
import re
import sys

MONTH = re.compile(r"^(\d{4})年(\d{1,2})月底?$")


def month(s):
    m = MONTH.match(s.strip())
    return "%s-%02d" % (m.group(1), int(m.group(2))) if m else None


def period(s):
    # "2025年2月—3月" or "2025年11月—2026年1月"
    a, _, b = s.partition("—")
    start = month(a)
    if not MONTH.match(b.strip()):
        b = a.split("年")[0] + "年" + b.strip()
    return start, month(b)


def convert(p):
    doc = {
        "kind": "实施方案",
        "title": p["title"],
        "issuer": p.get("signature", {}).get("org") or p["issuer"],
        "date": p.get("signature", {}).get("date") or p["date"],
        "opening": p["preamble"],
        "guidance": {"text": p["guiding_ideology"]},
        "goals": {
            "overall": p["goals_intro"],
            "items": [{"title": g["title"], "text": g["text"]} for g in p["goals"]],
        },
        "phases": [],
        "responsibilities": [],
        "safeguards": [{"title": r["heading"], "text": r["text"]} for r in p["requirements"]],
    }
    for ph in p["phases"]:
        start, end = period(ph["period"])
        phase = {"name": ph["name"], "tasks": [{"text": t} for t in ph["tasks"]]}
        if start:
            phase["start"] = start
        if end:
            phase["end"] = end
        doc["phases"].append(phase)
    for a in p["responsibilities"]:
        area = {"area": a["area"], "lead": a["lead"], "responsible": a["units"], "duties": []}
        for it in a["items"]:
            duty = {"task": it["title"], "target": it["target"], "lead": it["lead"],
                    "units": it["units"]}
            d = month(it.get("deadline", ""))
            if d:
                duty["deadline"] = d
            area["duties"].append(duty)
        doc["responsibilities"].append(area)
    return doc


def write(src, dst):
    with open(src, encoding="utf-8") as f:
        doc = convert(json.load(f))
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)


def main(argv):
    if len(argv) == 4 and argv[0] == "--in-dir" and argv[2] == "--out-dir":
        os.makedirs(argv[3], exist_ok=True)
        names = sorted(n for n in os.listdir(argv[1]) if n.endswith(".json"))
        for n in names:
            write(os.path.join(argv[1], n), os.path.join(argv[3], n))
        print("mapped %d plans to %s" % (len(names), argv[3]), file=sys.stderr)
    elif len(argv) == 2:
        write(argv[0], argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
