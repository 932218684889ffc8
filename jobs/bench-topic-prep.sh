#!/usr/bin/env bash
# Topic text preparation benchmark: PrepareTokens + Vectorize (vocab 20000, min_df 5, max_df 0.5) on an ingested
# run directory, local[2], driver heap 4g. Prints counts and seconds; figures go to docs/TOPICS.md / BENCHMARKS.md.
#   jobs/bench-topic-prep.sh RUN_DIR [cable|paragraph] [TOKENS_OUT]
# Exit 0 ok, 1 failure, 2 bad usage. Set SKIP_BUILD=1 to skip the Maven test-compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || ! -d "$1/paragraphs" ]]; then
  echo "Invalid run directory '${1:-}' (usage: jobs/bench-topic-prep.sh RUN_DIR [cable|paragraph] [TOKENS_OUT])" >&2
  exit 2
fi
CP_FILE="$ROOT/target/bench-topic-prep.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build
# shellcheck disable=SC2086
exec java -Xmx4g $JVM_FLAGS -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CP_FILE")" \
    org.cabletrends.bench.TopicPrepBenchmark "$@"
