#!/usr/bin/env bash
# Side by side, in one run: gongwen against docxtpl and pandoc (the baselines of
# ../shared/bench, see its README), on the shared bench plan mapped into gongwen's model at
# run time (benches/plan_json.py), and the in-process render against the packaging floor.
#
#   benches/compare.sh            full run (~5 min on 2 noisy cores)
#   QUICK=1 benches/compare.sh    smoke run (~1 min)
#
# Knobs: N=200 (batch variants), RUNS=20 (hyperfine runs per cold command), REPS=3 (batch
# repetitions), RSS_RUNS=5, SHARED=../shared, WORK=<scratch dir>, PY=python3.
# Needs: cargo, python3 with docxtpl (pip install docxtpl), pandoc, hyperfine, GNU time
# (apt-get install -y pandoc hyperfine time). ../shared is read-only: the bench folder is
# copied to the scratch directory first. Prints the table and the ratios; raw numbers stay
# in $WORK.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [ "${QUICK:-0}" = 1 ]; then : "${N:=40}" "${RUNS:=5}" "${REPS:=1}" "${RSS_RUNS:=2}"; fi
N=${N:-200}
RUNS=${RUNS:-20}
REPS=${REPS:-3}
RSS_RUNS=${RSS_RUNS:-5}
SHARED=${SHARED:-$ROOT/../shared}
PY=${PY:-$(python3 -c 'import sys; print(sys.executable)')}
if [ -z "${WORK:-}" ]; then
  if [ -w /dev/shm ]; then WORK=$(mktemp -d /dev/shm/gongwen-compare.XXXXXX); else WORK=$(mktemp -d); fi
fi
log() { echo "[compare $(date +%T)] $*" >&2; }
for tool in hyperfine pandoc /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y hyperfine pandoc time)" >&2; exit 2; }
done
"$PY" -c 'import docxtpl' 2>/dev/null || { echo "missing docxtpl ($PY -m pip install docxtpl)" >&2; exit 2; }

log "scratch: $WORK"
cp -r "$SHARED/bench" "$WORK/bench"
chmod -R u+w "$WORK/bench"
B=$WORK/bench

log "build (release)"
cargo build --release --quiet
cargo bench --bench throughput --no-run --quiet 2>/dev/null
GW=$ROOT/target/release/gongwen
TP=$(ls -t "$ROOT"/target/release/deps/throughput-* | grep -v '\.d$' | head -1)

log "prepare: docxtpl template, pandoc reference + markdown, $N variants, mapping to gongwen"
(cd "$B" && "$PY" docxtpl/build_template.py >/dev/null && "$PY" pandoc/build_reference.py >/dev/null \
  && "$PY" pandoc/make_md.py data/plan.json "$WORK/plan.md" \
  && "$PY" data/make_batch.py "$N" --out "$WORK/variants" >/dev/null)
"$PY" benches/plan_json.py "$B/data/plan.json" "$WORK/plan.json"
"$PY" benches/plan_json.py --in-dir "$WORK/variants" --out-dir "$WORK/gw_variants"
mkdir -p "$WORK/cold"

log "cold whole process: hyperfine -N, $RUNS runs"
hyperfine -N --warmup 3 --runs "$RUNS" --style basic --export-json "$WORK/cold.json" \
  -n gongwen "$GW render $WORK/plan.json -o $WORK/cold/gongwen.docx --force --no-backup" \
  -n docxtpl "$PY $B/docxtpl/render.py $B/data/plan.json $WORK/cold/docxtpl.docx" \
  -n pandoc "pandoc $WORK/plan.md -f markdown -o $WORK/cold/pandoc.docx --reference-doc $B/pandoc/reference.docx" \
  > "$WORK/hyperfine.txt"

log "peak RSS (GNU time), $RSS_RUNS runs each"
: > "$WORK/rss.txt"
rss() { # name, command...
  local name=$1; shift
  for ((r = 0; r < RSS_RUNS; r++)); do
    /usr/bin/time -f "$name %M" "$@" 2>>"$WORK/rss.txt" >/dev/null
  done
}
rss gongwen "$GW" render "$WORK/plan.json" -o "$WORK/cold/gongwen.docx" --force --no-backup --quiet
rss docxtpl "$PY" "$B/docxtpl/render.py" "$B/data/plan.json" "$WORK/cold/docxtpl.docx"
rss pandoc pandoc "$WORK/plan.md" -f markdown -o "$WORK/cold/pandoc.docx" --reference-doc "$B/pandoc/reference.docx"
grep -E '^(gongwen|docxtpl|pandoc) [0-9]+$' "$WORK/rss.txt" > "$WORK/rss.clean" || true

log "warm batch: docxtpl --batch $N, gongwen in-process ($N variants, 1 and 2 threads), in-memory render vs floor, $REPS reps"
# docxtpl loads its contexts before the clock starts; so does gongwen's --preload (the clock
# covers validate + render + pack + write). The from-files row also parses each input file.
: > "$WORK/batch.jsonl"
: > "$WORK/floor.jsonl"
for ((r = 0; r < REPS; r++)); do
  "$PY" "$B/docxtpl/render.py" --batch "$N" --data-dir "$WORK/variants" --out-dir "$WORK/docxtpl_out" --json >> "$WORK/batch.jsonl"
  "$TP" --preload --threads 1 --reps 1 --out-dir "$WORK/gw_out1" "$WORK/gw_variants" >> "$WORK/batch.jsonl"
  "$TP" --preload --threads 2 --reps 1 --out-dir "$WORK/gw_out2" "$WORK/gw_variants" >> "$WORK/batch.jsonl"
  "$TP" --threads 1 --reps 1 --out-dir "$WORK/gw_out3" "$WORK/gw_variants" >> "$WORK/batch.jsonl"
  # The in-memory render against the floor, once per repetition like docxtpl's batch: a
  # burst of load on the VM then moves one of REPS samples, not the ratio.
  "$TP" --floor --reps 20 >> "$WORK/floor.jsonl"
done

log "batch CLI, whole process: gongwen render DIR -o OUT -j1 / -j2"
hyperfine -N --warmup 1 --runs "$((RUNS / 4 + 2))" --style basic --export-json "$WORK/cli_batch.json" \
  -n "cli -j1" "$GW render $WORK/gw_variants -o $WORK/cli1 --force --no-backup -j 1 --quiet" \
  -n "cli -j2" "$GW render $WORK/gw_variants -o $WORK/cli2 --force --no-backup -j 2 --quiet" > /dev/null


log "check the outputs"
"$PY" "$SHARED/tools/check-ooxml" "$WORK/cold/gongwen.docx" > "$WORK/check.txt" 2>&1 && echo "check-ooxml: ok" >> "$WORK/check.txt" || echo "check-ooxml: FAILED" >> "$WORK/check.txt"

"$PY" - "$WORK" <<'EOF'
import json, statistics, sys, os, datetime
W = sys.argv[1]
cold = {r["command"]: r for r in json.load(open(f"{W}/cold.json"))["results"]}
med = lambda xs: statistics.median(xs)
rss = {}
for line in open(f"{W}/rss.clean"):
    k, v = line.split(); rss.setdefault(k, []).append(int(v) / 1024)
batch = [json.loads(l) for l in open(f"{W}/batch.jsonl") if l.strip()]
dt = [b for b in batch if b.get("mode", "").startswith("warm") or "docxtpl" in str(b.get("tool", "docxtpl")) and "threads" not in b]
g1 = [b for b in batch if b.get("threads") == 1 and b.get("mode") == "preloaded"]
g2 = [b for b in batch if b.get("threads") == 2 and b.get("mode") == "preloaded"]
gf = [b for b in batch if b.get("threads") == 1 and b.get("mode") == "from-files"]
cli = {r["command"]: r for r in json.load(open(f"{W}/cli_batch.json"))["results"]}
floor_runs = {}
for d in map(json.loads, open(f"{W}/floor.jsonl")):
    floor_runs.setdefault(d["doc"], []).append(d)
# Per document, the median over the REPS runs of each number (each run's numbers are
# themselves medians of many renders).
floor = {doc: {k: (med([r[k] for r in runs]) if isinstance(runs[0][k], (int, float)) else runs[0][k])
               for k in runs[0]} for doc, runs in floor_runs.items()}
size = lambda p: os.path.getsize(p) / 1024
cm = lambda n: cold[n]["median"] * 1e3
dps = lambda xs, k="docs_per_s": med([x[k] for x in xs])
print(f"\n## gongwen vs docxtpl and pandoc ({datetime.date.today()}, {os.cpu_count()} CPUs, load {open('/proc/loadavg').read().split()[0]})\n")
print("| tool | mode | docs/s | ms/doc | peak RSS | .docx |")
print("|---|---|---:|---:|---:|---:|")
for n, f in [("gongwen", "gongwen"), ("docxtpl", "docxtpl"), ("pandoc", "pandoc")]:
    print(f"| {n} | cold: 1 process per doc | {1000/cm(n):.1f} | {cm(n):.1f} | {med(rss[n]):.1f} MB | {size(f'{W}/cold/{f}.docx'):.1f} KB |")
print(f"| docxtpl | warm: {dt[0]['n']} variants in-process → files | {dps(dt):.1f} | {med([x['ms_per_doc_median'] for x in dt]):.1f} | | |")
print(f"| gongwen | warm: {g1[0]['n']} variants in-process → files, 1 thread | {dps(g1):.1f} | {med([x['ms_per_doc'] for x in g1]):.2f} | | {g1[0]['size']/1024:.1f} KB |")
print(f"| gongwen | warm: {g2[0]['n']} variants in-process → files, 2 threads | {dps(g2):.1f} | {med([x['ms_per_doc'] for x in g2]):.2f} | | |")
print(f"| gongwen | warm: {gf[0]['n']} variant files parsed + rendered → files, 1 thread | {dps(gf):.1f} | {med([x['ms_per_doc'] for x in gf]):.2f} | | |")
for k in ("cli -j1", "cli -j2"):
    t = cli[k]["median"]
    print(f"| gongwen | `render DIR -o OUT {k[4:]}`: {g1[0]['n']} docs, whole process | {g1[0]['n']/t:.1f} | {t*1e3/g1[0]['n']:.2f} | | |")
for d in ("one_page", "reference", "reference_x10"):
    f = floor[d]
    print(f"| gongwen | in-memory render of {d} (validate+render+pack) | {1000/f['render_ms']:.1f} | {f['render_ms']:.2f} | | {f['docx_bytes']/1024:.1f} KB |")
    print(f"| gongwen | the same, loading the TOML text first | {1000/f['load_render_ms']:.1f} | {f['load_render_ms']:.2f} | | |")
    print(f"| floor | zip the same {f['xml_bytes']/1024:.0f} KB of parts, same writer+level | {1000/f['floor_ms']:.1f} | {f['floor_ms']:.2f} | | |")
print("\n### Ratios (targets in brackets)\n")
r = [
    ("in-process reference render vs docxtpl warm, 1 thread (≥ 30×)", 1000 / floor["reference"]["render_ms"] / dps(dt)),
    ("in-process batch → files, 1 thread, vs docxtpl warm", dps(g1) / dps(dt)),
    ("in-process batch → files, 2 threads, vs docxtpl warm", dps(g2) / dps(dt)),
    ("reference render / packaging floor (≤ 1.5×)", floor["reference"]["ratio"]),
    ("reference render with TOML load / packaging floor", floor["reference"]["load_ratio"]),
    ("cold: docxtpl / gongwen (≥ 20×)", cm("docxtpl") / cm("gongwen")),
    ("cold: pandoc / gongwen (≥ 10×)", cm("pandoc") / cm("gongwen")),
    ("peak RSS of one cold render, MB (≤ 20)", med(rss["gongwen"])),
    ("×10 plan / reference plan, time (≤ 11×)", floor["reference_x10"]["render_ms"] / floor["reference"]["render_ms"]),
    ("batch 2 threads / 1 thread, in-process (≥ 1.7×)", dps(g2) / dps(g1)),
    ("batch CLI -j2 / -j1 (≥ 1.7×)", cli["cli -j1"]["median"] / cli["cli -j2"]["median"]),
]
for name, v in r:
    print(f"- {name}: **{v:.2f}**")
# The same first ratio within each repetition (docxtpl's batch and the in-memory renders right
# after it), to show how far the machine moves it inside one run.
per_rep = [1000 / f["render_ms"] / d["docs_per_s"] for f, d in zip(floor_runs["reference"], dt)]
print("- the first ratio in each repetition: " + ", ".join(f"{x:.1f}×" for x in per_rep))
print()
print(open(f"{W}/check.txt").read().strip().splitlines()[-1])
EOF
