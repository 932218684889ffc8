#!/usr/bin/env bash
# Topics benchmarks (docs/BENCHMARKS.md, "Topics"), local[2], each JVM timed with /usr/bin/time -v.
#   jobs/bench-topics.sh site  [--work DIR] [--optimizers "gibbs online"] [--iterations N] [--seeds "42 7 1"]
#     Issue point 1: MALLET 2.0.8 (1000 iterations, 2 threads, the reference settings) and our topics stage on the
#     same tokens: ../shared/corpus/site ingested, the stage's prepared tokens written to a tokens file (vocabulary
#     tokens only), both tools read that file; k = 20, seed 42 (or each of --seeds in turn, MALLET then ours, so
#     both tools see the same machine state). Mean NPMI/UMass of both by the same code (Coherence over the tokens
#     file), wall seconds and peak RSS of each JVM; with several seeds also the mean of each tool over the seeds.
#   jobs/bench-topics.sh scale [--run DIR] [--work DIR] [--optimizer gibbs|online|em] [--k 50] [--iterations N]
#     Issue point 4: the whole topics stage (text preparation, fit, tables, quality, model) with k = 50 on an
#     ingested 251k-cable run, driver heap 4g (-Xmx4g): wall, peak RSS and the seconds of every step. --run
#     (default: the newest committed run under /tmp/bench251k/bench-ingest-out) is only read: its cables/,
#     paragraphs/ and manifest.json are copied once to $WORK/run (WORK default /tmp/bench-topics-scale) and the
#     stage writes $WORK/run/topics. --iterations 0 (default) = the optimizer's default (gibbs: by corpus size).
# Prints the load average next to every figure. Exit 0 ok, 1 failure, 2 bad usage. SKIP_BUILD=1 skips the compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
usage='usage: jobs/bench-topics.sh site|scale [--work DIR] [--run DIR] [--optimizer NAME | --optimizers LIST] [--k N] [--iterations N] [--seeds LIST]'
MODE="${1:-}"; shift || true
WORK=""; RUN=""; OPTIMIZERS=""; K=""; ITERATIONS=0; SEEDS=42
while [[ $# -gt 0 ]]; do
  case "$1" in
    --work) WORK="$2"; shift 2 ;;
    --run) RUN="$2"; shift 2 ;;
    --optimizers|--optimizer) OPTIMIZERS="$2"; shift 2 ;;
    --k) K="$2"; shift 2 ;;
    --iterations) ITERATIONS="$2"; shift 2 ;;
    --seeds) SEEDS="$2"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "Invalid argument '$1' ($usage)" >&2; exit 2 ;;
  esac
done
[[ "$MODE" == site || "$MODE" == scale ]] || { echo "Invalid mode '$MODE' ($usage)" >&2; exit 2; }

CP_FILE="$ROOT/target/bench-topics.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CP_FILE")"

# timed NAME HEAP CLASS ARGS...: runs one JVM under /usr/bin/time -v, prints "NAME wall_s peak_rss_mb load".
timed() {
  local name="$1" heap="$2"; shift 2
  local log="$OUT/$name.time"
  # shellcheck disable=SC2086
  /usr/bin/time -v java "$heap" $JVM_FLAGS -cp "$CP" "$@" 2> >(tee "$log" >&2)
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  echo "RESULT $name wall_s=$wall peak_rss_mb=$rss load=\"$(uptime | sed 's/.*load average: //')\"" | tee -a "$OUT/results.txt"
}

site() {
  WORK="${WORK:-/tmp/bench-topics}"; OUT="$WORK/site-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$OUT"
  OPTIMIZERS="${OPTIMIZERS:-gibbs online}"
  local runs="$WORK/runs" run="$WORK/runs/site"
  if [[ ! -f "$run/manifest.json" ]]; then
    java -Xmx4g $JVM_FLAGS -cp "$CP" org.cabletrends.ingest.IngestJob --input "$SHARED/corpus/site" \
        --output "$runs" --run_id site --master 'local[2]' >&2
  fi
  local tokens="$WORK/site-tokens.tsv.gz"
  if [[ ! -s "$tokens" ]]; then
    java -Xmx4g $JVM_FLAGS -cp "$CP" org.cabletrends.bench.TopicsBenchmark tokens "$run" "$tokens" >&2
  fi
  local seed
  for seed in $SEEDS; do
    [[ "$seed" =~ ^[0-9]+$ ]] || { echo "Invalid seed '$seed' (a non-negative integer)" >&2; exit 2; }
    site_seed "$seed" "$run" "$tokens"
  done
  if [[ $(wc -w <<< "$SEEDS") -gt 1 ]]; then # mean of each tool over the seeds
    awk '/^RESULT/ { split($2, n, "-s"); for (i = 3; i <= NF; i++) if ($i ~ /^wall_s=/) { sub("wall_s=", "", $i); w[n[1]] += $i; c[n[1]]++ } }
         /^coherence/ { f = $2; sub(/.*\//, "", f); sub(/-topics.txt:$/, "", f); split(f, n, "-s");
                        for (i = 1; i <= NF; i++) if ($i == "NPMI") { v = $(i + 1); sub(",", "", v); p[n[1]] += v; m[n[1]]++ } }
         END { for (t in p) printf "MEAN %s over %d seeds: NPMI %.4f, wall %.1f s\n", t, m[t], p[t] / m[t], w[t] / c[t] }' \
        "$OUT/results.txt" | sort | tee -a "$OUT/results.txt"
  fi
  echo "Results in $OUT/results.txt"
}

# site_seed SEED RUN TOKENS: MALLET and each optimizer of ours with one seed, then the coherence of all of them.
site_seed() {
  local seed="$1" run="$2" tokens="$3" suffix=""
  [[ $(wc -w <<< "$SEEDS") -gt 1 ]] && suffix="-s$seed"
  timed "mallet$suffix" -Xmx4g org.cabletrends.bench.MalletBenchmark "$tokens" "$OUT/mallet$suffix-topics.txt" 20 1000 2 "$seed"
  local files=("$OUT/mallet$suffix-topics.txt") opt
  for opt in $OPTIMIZERS; do
    timed "ours-$opt$suffix" -Xmx4g org.cabletrends.topics.TopicsJob --run_dir "$run" --topics_tokens "$tokens" \
        --topics_k 20 --topics_seed "$seed" --topics_optimizer "$opt" --topics_iterations "$ITERATIONS" \
        --topics_previous "" --master 'local[2]'
    cp "$run/topics/manifest.json" "$OUT/ours-$opt$suffix-manifest.json"
    java -Xmx2g $JVM_FLAGS -cp "$CP" org.cabletrends.bench.TopicsBenchmark topwords "$run/topics" \
        "$OUT/ours-$opt$suffix-topics.txt" >&2
    files+=("$OUT/ours-$opt$suffix-topics.txt")
  done
  java -Xmx4g $JVM_FLAGS -cp "$CP" org.cabletrends.bench.TopicsBenchmark coherence "$tokens" "${files[@]}" \
      | tee -a "$OUT/results.txt"
}

scale() {
  WORK="${WORK:-/tmp/bench-topics-scale}"; OUT="$WORK/bench-topics-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$OUT"
  OPTIMIZERS="${OPTIMIZERS:-gibbs}"
  if [[ -z "$RUN" ]]; then
    RUN=$(ls -d /tmp/bench251k/bench-ingest-out/[!_]*/ 2>/dev/null | while read -r d; do
      [[ -f "$d/manifest.json" ]] && echo "${d%/}"; done | tail -1)
  fi
  [[ -n "$RUN" && -f "$RUN/manifest.json" ]] || {
    echo "Cannot find an ingested run (give --run DIR, or make one with jobs/bench-ingest.sh)" >&2; exit 2; }
  # The stage writes <run>/topics: work on a private copy, never in the given run.
  local run="$WORK/run"
  if ! cmp -s "$RUN/manifest.json" "$run/manifest.json"; then
    rm -rf "$run"; mkdir -p "$run"
    cp -r "$RUN/cables" "$RUN/paragraphs" "$run/" && cp "$RUN/manifest.json" "$run/manifest.json"
  fi
  echo "run $RUN copied to $run" | tee -a "$OUT/results.txt"
  for opt in $OPTIMIZERS; do
    timed "scale-$opt" -Xmx4g org.cabletrends.topics.TopicsJob --run_dir "$run" --topics_k "${K:-50}" \
        --topics_optimizer "$opt" --topics_iterations "$ITERATIONS" --topics_previous "" --master 'local[2]'
    cp "$run/topics/manifest.json" "$OUT/scale-$opt-manifest.json"
    grep -o 'stage=[a-z_]* .*' "$OUT/scale-$opt.time" | sed "s/^/scale-$opt /" | tee -a "$OUT/results.txt"
  done
  echo "Results in $OUT/results.txt"
}

"$MODE"
