#!/usr/bin/env bash
# Parser throughput benchmark (single thread) over ../shared/corpus/site; figures go to docs/BENCHMARKS.md.
# Usage: jobs/bench-parse.sh [--jfr] [ParseBenchmark args: --dir DIR --warmup N --rounds N]
#   --jfr  also record a JFR profile to target/bench-parse.jfr and print the hottest top frames.
set -euo pipefail
cd "$(dirname "$0")/.."
export SPARK_LOCAL_IP=127.0.0.1

JFR=false
if [[ "${1:-}" == "--jfr" ]]; then JFR=true; shift; fi

mvn -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

# Fixed heap so GC sizing does not vary between runs; the parser needs no Spark flags.
JVM_OPTS=(-Xms2g -Xmx2g -XX:+UseG1GC)
if $JFR; then
    JVM_OPTS+=(-XX:StartFlightRecording=filename=target/bench-parse.jfr,settings=profile)
fi

java "${JVM_OPTS[@]}" -cp "$CP" org.cabletrends.bench.ParseBenchmark "$@"

if $JFR; then
    echo "top frames (JFR execution samples, count):"
    jfr print --events jdk.ExecutionSample target/bench-parse.jfr \
        | awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' \
        | sort | uniq -c | sort -rn | head -25
fi
