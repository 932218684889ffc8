#!/usr/bin/env bash
# Theme text score vs TAGS: ROC AUC per theme over a directory of cables (default ../shared/corpus/site).
# Usage: jobs/bench-themes-auc.sh [DIR] [themes.json]; figures go to docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export SPARK_LOCAL_IP=127.0.0.1
SHARED="${CABLETRENDS_SHARED:-../shared}"
[[ -d "$SHARED" ]] || SHARED=/work/shared
DIR="${1:-$SHARED/corpus/site}"
if [[ ! -d "$DIR" ]]; then echo "Cannot find cable directory $DIR" >&2; exit 2; fi

mvn -o -q compile dependency:build-classpath \
    -Dmdep.outputFile=target/themes-classpath.txt -Dmdep.includeScope=runtime
java -Xms2g -Xmx2g -cp "target/classes:$(cat target/themes-classpath.txt)" \
    org.cabletrends.themes.ThemeAuc "$DIR" ${2:+"$2"}
