#!/usr/bin/env bash
# Theme text score vs TAGS: ROC AUC per theme over a directory of cables (default ../shared/corpus/site).
# Usage: jobs/bench-themes-auc.sh [DIR] [themes.json]; figures go to docs/BENCHMARKS.md.
#        jobs/bench-themes-auc.sh --ceiling [DIR] [theme] [seeds] [regParam]: a logistic regression trained on the
#        TAGS label itself, out-of-fold AUC with random and by-post folds (ThemeAucCeiling; docs/BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export SPARK_LOCAL_IP=127.0.0.1
SHARED="${CABLETRENDS_SHARED:-../shared}"
[[ -d "$SHARED" ]] || SHARED=/work/shared
MAIN=org.cabletrends.themes.ThemeAuc
if [[ "${1:-}" == "--ceiling" ]]; then
  MAIN=org.cabletrends.themes.ThemeAucCeiling
  shift
fi
DIR="${1:-$SHARED/corpus/site}"
if [[ ! -d "$DIR" ]]; then echo "Cannot find cable directory $DIR" >&2; exit 2; fi

mvn -q compile dependency:build-classpath \
    -Dmdep.outputFile=target/themes-classpath.txt -Dmdep.includeScope=runtime
read -r JVM_FLAGS < jobs/jvm-options  # the pom's spark.jvm.options, written by the build
# shellcheck disable=SC2086  # JVM_FLAGS is a list of words
java -Xms2g -Xmx2g $JVM_FLAGS -cp "target/classes:$(cat target/themes-classpath.txt)" "$MAIN" "$DIR" "${@:2}"
