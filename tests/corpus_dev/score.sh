#!/bin/sh
# Import every ../shared/corpus-dev document with gongwen and score it with score-import,
# separately on the tuning part and the held-out part (split in split.txt).
#   tests/corpus_dev/score.sh [GONGWEN_BINARY] [--per-doc]   (per-doc is shown for the tuning part only)
#   GOLD=tests/corpus_fresh tests/corpus_dev/score.sh         (another labelled set, all of it held out,
#                                                              or split by its own split.txt)
#   (a set of Word files: NAME.docx beside NAME.txt is imported instead of the text)
#   PHASES=document tests/corpus_dev/score.sh                 (score the document's phases, 实施步骤, alone;
#                                                              by default the phases scored are the import's
#                                                              timeline: phases, steps dated inside them, and
#                                                              times other parts name)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${GONGWEN_SHARED:-$root/../shared}
bin=${1:-$root/target/debug/gongwen}
perdoc=${2:-}
gold=${GOLD:-$shared/corpus-dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A set given as GOLD is all held out, unless it has its own split.txt (as corpus_fresh2).
split="$here/split.txt"
all_held=${GOLD:+yes}
if [ -n "${GOLD:-}" ] && [ -f "$gold/split.txt" ]; then split="$gold/split.txt"; all_held=; fi
held=$(sed -n 's/^held-out //p' "$split")
mkdir -p "$work/out" "$work/tune/pred" "$work/tune/gold" "$work/held/pred" "$work/held/gold"
for f in "$gold"/*.txt; do
  n=$(basename "$f" .txt)
  [ -f "$gold/$n.labels.json" ] || continue   # split.txt, notes
  part=tune
  [ -n "$all_held" ] && part=held
  for h in $held; do case $n in "$h"_*) part=held ;; esac; done
  cp "$f" "$gold/$n.labels.json" "$work/$part/gold/"
  # A set of Word files keeps NAME.docx beside NAME.txt (its text, line for line): import the .docx.
  src=$f
  [ -f "$gold/$n.docx" ] && src=$gold/$n.docx
  "$bin" import "$src" --outline > "$work/out/$n.outline" 2>/dev/null || true
  "$bin" import "$src" -o "$work/out/$n.json" --force -q 2>/dev/null || echo '{}' > "$work/out/$n.json"
  "$bin" import "$src" --timeline > "$work/out/$n.timeline" 2>/dev/null || true
  python3 - "$work/out" "$n" "$work/$part/pred" "${PHASES:-timeline}" <<'PY'
import json, sys
out, n, pred, which = sys.argv[1:]
m = json.load(open("%s/%s.json" % (out, n), encoding="utf-8"))
t = m.get("title")
kind = m.get("kind")
# score-import knows no 工作要点: it files them under plan, as its labels do.
kind = "plan" if kind == "work_points" else kind
json.dump({"doc_kind": kind,
           "title": None if (t or "").startswith("【待补") else t,
           "headings": [json.loads(l) for l in open("%s/%s.outline" % (out, n), encoding="utf-8") if l.strip()],
           # The dated steps: the timeline (phases, the dated steps inside them, the times other
           # parts name), or with PHASES=document the document's phases (实施步骤) alone.
           # A step's start and end as the document writes them (五月二十二日) go with the dates
           # read from them: score-import compares the written text first.
           "phases": [{"name": p.get("name"), "start": p.get("start"), "end": p.get("end"),
                       "start_text": p.get("start_text"), "end_text": p.get("end_text")}
                      for p in (m.get("phases") or [] if which == "document" else
                                [json.loads(l) for l in open("%s/%s.timeline" % (out, n), encoding="utf-8") if l.strip()])]},
          open("%s/%s.json" % (pred, n), "w", encoding="utf-8"), ensure_ascii=False)
PY
done
if [ -z "$all_held" ]; then
  echo "== tuning part ($(ls "$work/tune/gold"/*.txt | wc -l) documents)"
  python3 "$shared/tools/score-import" "$work/tune/pred" --gold "$work/tune/gold" $perdoc
fi
echo "== held-out part ($(ls "$work/held/gold"/*.txt | wc -l) documents; totals only)"
python3 "$shared/tools/score-import" "$work/held/pred" --gold "$work/held/gold" | grep -E "^(documents|gold|  [a-z])" || true
