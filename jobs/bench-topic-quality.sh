#!/usr/bin/env bash
# Topic quality benchmarks over ../shared/reference/site-tokens.tsv.gz (figures go to docs/BENCHMARKS.md and
# docs/TOPICS.md):
#   coherence  CoherenceSpark over the corpus repeated 47 times (253,048 documents), k 50, top 10; local[2]
#   matching   MALLET runs (k 20 seeds 1, 2; k 25 seed 3; 200 iterations, 1 thread) and the JS distances between
#              their topics, to choose topics_match_distance
#   jobs/bench-topic-quality.sh coherence|matching [--shared DIR]     (default DIR: ../shared beside the checkout)
# Exit 0 ok, 1 failure, 2 bad usage. Set SKIP_BUILD=1 to skip the Maven test-compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="$ROOT/../shared"
WHAT="${1:-}"
[[ $# -gt 0 ]] && shift
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shared) SHARED="$2"; shift 2 ;;
    *) echo "Invalid argument '$1' (usage: jobs/bench-topic-quality.sh coherence|matching [--shared DIR])" >&2
       exit 2 ;;
  esac
done
case "$WHAT" in
  coherence) MAIN=org.cabletrends.bench.CoherenceBenchmark; ARGS=("$SHARED/reference/site-tokens.tsv.gz" 47 50) ;;
  matching) MAIN=org.cabletrends.bench.TopicMatchingBenchmark; ARGS=("$SHARED/reference/site-tokens.tsv.gz" 200 1) ;;
  *) echo "Invalid benchmark '$WHAT' (usage: jobs/bench-topic-quality.sh coherence|matching [--shared DIR])" >&2
     exit 2 ;;
esac
[[ -f "$SHARED/reference/site-tokens.tsv.gz" ]] || { echo "Cannot find $SHARED/reference/site-tokens.tsv.gz" >&2; exit 1; }
CP_FILE="$ROOT/target/bench-topic-quality.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build
# shellcheck disable=SC2086
exec java -Xmx3g $JVM_FLAGS -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CP_FILE")" "$MAIN" "${ARGS[@]}"
