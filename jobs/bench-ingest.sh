#!/usr/bin/env bash
# Ingest benchmark: the Spark ingest job (local[2], driver heap 2g) over the 251,287-cable synthetic corpus,
# once from one cables.csv and once from a directory of files. Generates the corpus with jobs/synth.sh when absent.
#   jobs/bench-ingest.sh [--cables N] [--work DIR]     (defaults: 251287, /tmp)
# Prints each run's manifest figures and rows/s, MB/s. Exit 0 ok, 1 failure, 2 bad usage.
# Set SKIP_BUILD=1 to skip the Maven compile.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CABLES=251287
WORK=/tmp
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cables) CABLES="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    *) echo "Invalid argument '$1' (usage: jobs/bench-ingest.sh [--cables N] [--work DIR])" >&2; exit 2 ;;
  esac
done
SUFFIX=$([[ "$CABLES" == 251287 ]] && echo 251k || echo "$CABLES")
CSV_DIR="$WORK/synth-$SUFFIX-csv"
FILES_DIR="$WORK/synth-$SUFFIX"
OUT="$WORK/bench-ingest-out"
CP_FILE="$ROOT/target/ingest.classpath"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" compile >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
if [[ ! -s "$CP_FILE" || "$ROOT/pom.xml" -nt "$CP_FILE" ]]; then
  mvn -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot resolve the classpath" >&2; exit 1; }
fi
[[ -f "$CSV_DIR/cables.csv" ]] || SKIP_BUILD=1 "$ROOT/jobs/synth.sh" --cables "$CABLES" --seed 7 --out "$CSV_DIR" --csv
[[ -d "$FILES_DIR" ]] || SKIP_BUILD=1 "$ROOT/jobs/synth.sh" --cables "$CABLES" --seed 7 --out "$FILES_DIR"
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build

run() { # name input...
  local name="$1"; shift
  local run_id="bench-$name-$(date -u +%Y%m%dT%H%M%SZ)"
  local inputs=()
  for i in "$@"; do inputs+=(--input "$i"); done
  # shellcheck disable=SC2086  # JVM_FLAGS is a list of words
  /usr/bin/time -f "$name: wall %e s, user %U s, sys %S s, max RSS %M KB" \
    java -Xmx2g $JVM_FLAGS -cp "$ROOT/target/classes:$(cat "$CP_FILE")" org.cabletrends.ingest.IngestJob \
      "${inputs[@]}" --output "$OUT" --run-id "$run_id" --master 'local[2]'
  python3 - "$OUT/$run_id/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
s = m["stage_seconds"]; total = sum(s.values()); i = m["inputs"]
print(f"{m['run_id']}: status {m['status']}, units {i['units']:,}, {i['bytes']/1e6:,.1f} MB, job {total:.1f} s "
      f"({i['units']/total:,.0f} rows/s, {i['bytes']/1e6/total:,.2f} MB/s)")
print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in s.items()))
print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in m["rows"].items()))
PY
}

mkdir -p "$OUT"
run csv "$CSV_DIR/cables.csv"
run files "$FILES_DIR/[0-9]*"
