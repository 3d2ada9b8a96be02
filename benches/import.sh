#!/usr/bin/env bash
# `gongwen import` of a long Word document as a whole process (issue 16: a 30-page .docx in
# under 0.3 s). The document is not one gongwen wrote: pandoc turns the shared bench plan
# (../shared/bench, its markdown written twice) into a .docx with Word's Heading styles;
# LibreOffice counts its pages when installed. Then a text with a 400-row table (a rule that
# looked at every row's whole table once made this take seconds).
#
#   benches/import.sh             (RUNS=20 hyperfine runs; SHARED=../shared; WORK=scratch dir)
#
# Needs: cargo, python3, pandoc, hyperfine (apt-get install -y pandoc hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SHARED:-$ROOT/../shared}
RUNS=${RUNS:-20}
WORK=${WORK:-$(mktemp -d)}
PY=${PY:-python3}
log() { printf '\n== %s\n' "$*" >&2; }

log "build (release)"
cargo build --release --quiet
GW=$ROOT/target/release/gongwen

log "prepare: the bench plan twice, through pandoc"
rm -rf "$WORK/bench" && cp -r "$SHARED/bench" "$WORK/bench" && chmod -R u+w "$WORK/bench"
(cd "$WORK/bench" && "$PY" pandoc/make_md.py data/plan.json "$WORK/plan.md" \
  && "$PY" pandoc/build_reference.py >/dev/null)
cat "$WORK/plan.md" "$WORK/plan.md" > "$WORK/long.md"
pandoc "$WORK/long.md" -f markdown -o "$WORK/long.docx" --reference-doc "$WORK/bench/pandoc/reference.docx"
pages="?"
if command -v soffice >/dev/null && command -v pdfinfo >/dev/null; then
  (cd "$WORK" && soffice --headless --convert-to pdf long.docx >/dev/null 2>&1) \
    && pages=$(pdfinfo "$WORK/long.pdf" | sed -n 's/^Pages: *//p')
fi
headings=$("$GW" import "$WORK/long.docx" --outline | wc -l)

log "whole process: hyperfine -N, $RUNS runs"
hyperfine -N --warmup 3 --runs "$RUNS" --style basic --export-json "$WORK/import.json" \
  -n import "$GW import $WORK/long.docx -o $WORK/long.toml --force --quiet" > "$WORK/hyperfine.txt"

"$PY" - "$WORK/import.json" "$pages" "$headings" "$(wc -c < "$WORK/long.docx")" <<'PY'
import json, sys
res, pages, headings, size = sys.argv[1:]
r = json.load(open(res))["results"][0]
mean, sd = r["mean"], r["stddev"]
print("gongwen import of a %s-page .docx (%s bytes, %s headings found)" % (pages, size, headings))
print("  mean %.1f ms ± %.1f ms, median %.1f ms; target 300 ms: %.0fx under"
      % (mean * 1e3, sd * 1e3, r["median"] * 1e3, 0.3 / mean))
PY
log "a text with a 400-row table, its rows as a .docx's body table is read (cells set apart by a full-width space)"
"$PY" - > "$WORK/rows.txt" <<'PY'
print("某校2026年教职工运动会活动方案")
print("一、参赛分组")
print("各组名单如下：")
for i in range(1, 401):
    print("第%d组\u3000第%d办公室全体教师\u3000组长某某" % (i, i))
print("二、工作要求")
print("各组注意安全。")
PY
hyperfine -N --warmup 3 --runs "$RUNS" --style basic --export-json "$WORK/rows.json" \
  -n rows "$GW import $WORK/rows.txt -o $WORK/rows.toml --force --quiet" > "$WORK/hyperfine_rows.txt"
"$PY" - "$WORK/rows.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("gongwen import of a text with a 400-row table: mean %.1f ms ± %.1f ms, median %.1f ms"
      % (r["mean"] * 1e3, r["stddev"] * 1e3, r["median"] * 1e3))
PY
echo "raw numbers: $WORK" >&2
