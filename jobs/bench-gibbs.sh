#!/usr/bin/env bash
# Gibbs optimizer against MALLET 2.0.8 on the reference tokens (../shared/reference/site-tokens.tsv.gz), back to
# back, each in its own JVM under /usr/bin/time -v: k 20, seed 42, 1000 sweeps, alphaSum 5, beta 0.01, optimize
# every 10 sweeps after 200 (the settings of the reference table). MALLET: 2 threads, -Xmx1g (its launcher's
# default). Ours: GibbsLDA on local[2], 2 partitions, tokens read by Spark and vectorized by CountVectorizer.
# Each model's top 10 words per topic are scored with ../shared/reference/npmi.py. Prints one line per run.
#   jobs/bench-gibbs.sh [--out DIR] [--sweeps N] [--only mallet|gibbs] [--gibbs-heap 1g] [--local1]
# --local1 adds a run of ours on local[1] with 1 partition (the issue's local[1] vs local[2] NPMI check).
# Exit 0 ok, 1 failure, 2 bad usage. Set SKIP_BUILD=1 to skip the Maven test-compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CABLETRENDS_SHARED:-$ROOT/../shared}"
TOKENS="$SHARED/reference/site-tokens.tsv.gz"
OUT=/tmp/bench-gibbs
SWEEPS=1000
ONLY=""
HEAP=1g
LOCAL1=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    --sweeps) SWEEPS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --gibbs-heap) HEAP="$2"; shift 2 ;;
    --local1) LOCAL1=1; shift ;;
    *) echo "Invalid argument '$1' (usage: jobs/bench-gibbs.sh [--out DIR] [--sweeps N] [--only mallet|gibbs] [--gibbs-heap 1g] [--local1])" >&2; exit 2 ;;
  esac
done
[[ -f "$TOKENS" ]] || { echo "Cannot find $TOKENS" >&2; exit 1; }
mkdir -p "$OUT"
CP_FILE="$ROOT/target/bench-gibbs.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build
echo "-cp $ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CP_FILE")" > "$OUT/classpath.args"
PLAIN="$OUT/site-tokens.tsv"
[[ -f "$PLAIN" ]] || gzip -dc "$TOKENS" > "$PLAIN"   # npmi.py reads plain text

# run NAME COMMAND...: the command under /usr/bin/time -v, its log in $OUT/NAME.log; prints wall, RSS, NPMI.
run() {
  local name="$1"; shift
  local load; load="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v "$@" > "$OUT/$name.log" 2>&1 || { echo "Cannot run $name (see $OUT/$name.log)" >&2; exit 1; }
  local wall rss npmi
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/$name.log")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.log")"
  npmi="$(python3 "$SHARED/reference/npmi.py" "$PLAIN" "$OUT/$name-topics.txt" --json \
      | python3 -c 'import json,sys; r=json.load(sys.stdin); print("%.4f %.3f" % (r["mean_npmi"], r["mean_umass"]))')"
  printf '%s\twall %s\tpeak_rss_mb %d\tnpmi_umass %s\tload_before %s\tload_after %s\n' "$name" "$wall" \
      $((rss / 1024)) "$npmi" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1), sweeps $SWEEPS"
if [[ "$ONLY" != gibbs ]]; then
  run mallet java -Xmx1g @"$OUT/classpath.args" org.cabletrends.bench.MalletBenchmark "$TOKENS" \
      "$OUT/mallet-topics.txt" 20 "$SWEEPS" 2 42
fi
if [[ "$ONLY" != mallet ]]; then
  # shellcheck disable=SC2086
  run gibbs java -Xmx"$HEAP" $JVM_FLAGS @"$OUT/classpath.args" org.cabletrends.bench.GibbsBenchmark "$TOKENS" \
      "$OUT/gibbs-topics.txt" 20 "$SWEEPS" "local[2]" 2 42
  if [[ "$LOCAL1" == 1 ]]; then
    # shellcheck disable=SC2086
    run gibbs-local1 java -Xmx"$HEAP" $JVM_FLAGS @"$OUT/classpath.args" org.cabletrends.bench.GibbsBenchmark \
        "$TOKENS" "$OUT/gibbs-local1-topics.txt" 20 "$SWEEPS" "local[1]" 1 42
  fi
fi
