#!/usr/bin/env bash
# Themes stage benchmark: ThemesJob end to end (scoring, aggregates, bursts, writes, commit) on an ingested run,
# local[2], driver heap 2g, timed with /usr/bin/time; prints the stage's manifest figures and the load average.
#   jobs/bench-themes.sh [--run DIR] [--rounds N] [--work DIR]
# --run: an ingested run directory (default: the newest committed run under $WORK/bench-ingest-out, as
# jobs/bench-ingest.sh --work $WORK leaves it; WORK defaults to /tmp/bench251k). Each round re-runs the stage on the
# same run, replacing <run>/themes. Exit 0 ok, 1 failure, 2 bad usage. SKIP_BUILD=1 skips the compile;
# EVENT_LOG=DIR writes Spark's event log there (per-job and per-stage times, for finding where the time goes);
# EXTRA_JVM="..." adds JVM options (e.g. -XX:+UseParallelGC, or a flight recording) to the job's JVM.
set -euo pipefail
export SPARK_LOCAL_IP=127.0.0.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=/tmp/bench251k
RUN=""
ROUNDS=1
usage="usage: jobs/bench-themes.sh [--run DIR] [--rounds N] [--work DIR]"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --run) RUN="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) echo "Invalid argument '$1' ($usage)" >&2; exit 2 ;;
  esac
done
if [[ -z "$RUN" ]]; then
  RUN=$(ls -d "$WORK"/bench-ingest-out/[!_]*/ 2>/dev/null | while read -r d; do
    [[ -f "$d/manifest.json" ]] && echo "${d%/}"; done | tail -1)
fi
if [[ -z "$RUN" || ! -f "$RUN/manifest.json" ]]; then
  echo "Cannot find an ingested run (give --run DIR, or make one with jobs/bench-ingest.sh --work $WORK)" >&2
  exit 2
fi
CP_FILE="$ROOT/target/ingest.classpath"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -f "$ROOT/pom.xml" compile >&2 || { echo "Cannot compile the project" >&2; exit 1; }
fi
if [[ ! -s "$CP_FILE" || "$ROOT/pom.xml" -nt "$CP_FILE" ]]; then
  mvn -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$CP_FILE" >&2 || { echo "Cannot resolve the classpath" >&2; exit 1; }
fi
read -r JVM_FLAGS < "$ROOT/jobs/jvm-options"  # the pom's spark.jvm.options, written by the build
if [[ -n "${EVENT_LOG:-}" ]]; then
  mkdir -p "$EVENT_LOG"
  JVM_FLAGS="$JVM_FLAGS -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=$EVENT_LOG -Dspark.eventLog.compress=false"
fi

JVM_FLAGS="$JVM_FLAGS ${EXTRA_JVM:-}"

for round in $(seq 1 "$ROUNDS"); do
  echo "round $round, $(uptime | sed 's/.*load/load/')"
  # shellcheck disable=SC2086  # JVM_FLAGS is a list of words
  /usr/bin/time -f "process: wall %e s, user %U s, sys %S s, max RSS %M KB" \
    java -Xmx2g $JVM_FLAGS -cp "$ROOT/target/classes:$(cat "$CP_FILE")" org.cabletrends.themes.ThemesJob \
      --run_dir "$RUN" --master 'local[2]'
  python3 - "$RUN/themes/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
s = m["stage_seconds"]; job = sum(s.values())
print(f"{m['run_dir']}: status {m['status']}, cables {m['cables']['in_run']:,} scored {m['cables']['scored']:,}, "
      f"themes+aggregates {job:.1f} s ({m['cables']['scored']/job:,.0f} cables/s)")
c = m.get("stage_cpu_seconds", {})
print("  stages (wall): " + ", ".join(f"{k} {v:.1f} s" for k, v in s.items()))
print(f"  stages (JVM CPU, {sum(c.values()):.1f} s in all): " + ", ".join(f"{k} {v:.1f} s" for k, v in c.items()))
print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in m["rows"].items()))
PY
  echo "after round $round, $(uptime | sed 's/.*load/load/')"
done
