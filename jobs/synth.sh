#!/usr/bin/env bash
# Generates a deterministic synthetic cable corpus with ground truth (org.cabletrends.synth.SynthJob).
#   jobs/synth.sh --cables 251287 --seed 7 --out /tmp/synth --csv
# Exit codes: 0 ok, 1 failure, 2 bad usage. Set SKIP_BUILD=1 to skip the Maven compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CP_FILE="$ROOT/target/synth.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" compile >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
if [[ ! -s "$CP_FILE" || "$ROOT/pom.xml" -nt "$CP_FILE" ]]; then
  mvn -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot resolve the classpath" >&2; exit 1; }
fi
exec java ${SYNTH_JAVA_OPTS:--Xmx2g} -cp "$ROOT/target/classes:$(cat "$CP_FILE")" org.cabletrends.synth.SynthJob "$@"
