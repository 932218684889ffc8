#!/usr/bin/env bash
# Theme aggregates benchmark: ThemeAggregates over a generated Cablegate-sized input (251,287 cables, ~120k
# cable_themes rows) on local[2], driver heap 4g. Prints seconds per step; figures go to docs/BENCHMARKS.md.
#   jobs/bench-trends.sh [--cables N] [--out DIR]      (defaults: 251287, /tmp/bench-trends)
# Exit 0 ok, 1 failure, 2 bad usage. Set SKIP_BUILD=1 to skip the Maven test-compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CABLES=251287
OUT=/tmp/bench-trends
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cables) CABLES="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "Invalid argument '$1' (usage: jobs/bench-trends.sh [--cables N] [--out DIR])" >&2; exit 2 ;;
  esac
done
CP_FILE="$ROOT/target/bench-trends.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build
# shellcheck disable=SC2086
exec java -Xmx4g $JVM_FLAGS -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CP_FILE")" \
    org.cabletrends.bench.TrendsBenchmark "$CABLES" "$OUT"
