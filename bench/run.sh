#!/usr/bin/env bash
# Runs a benchmark against a fresh local run of its own (data under bench/target/run-data,
# with the demo data), then stops that run.
#   bench/run.sh [changes] [rate-per-second]   the change pipeline (default 2000 at 200/s)
#   bench/run.sh reads                         public reads: events API and .ics feed vs a static file
#   bench/run.sh sessions                      retained heap per public Vaadin session
#   bench/run.sh staff [changes]               retained heap per open staff dashboard with push, and growth while open
#   bench/run.sh signups [people] [parallel] [seats]  a sign-up rush straight at events-service (default 400 40 25)
set -Eeuo pipefail
cd "$(dirname "$0")/.."
source scripts/java25.sh
MODE=pipeline
if [ "${1:-}" = reads ] || [ "${1:-}" = sessions ] || [ "${1:-}" = staff ] || [ "${1:-}" = signups ]; then MODE=$1; shift; fi
CHANGES="${1:-2000}"
RATE="${2:-200}"
echo "[bench] building ..."
./mvnw -B -DskipTests install >bench-build.log 2>&1 || { tail -n 40 bench-build.log; exit 1; }
rm -f bench-build.log
export GLOBALLOKAL_DATA="$PWD/bench/target/run-data"
rm -rf "$GLOBALLOKAL_DATA"
mkdir -p "$GLOBALLOKAL_DATA"
./run.sh >"bench/target/run.log" 2>&1 &
RUN_PID=$!
trap 'kill -TERM $RUN_PID 2>/dev/null; wait $RUN_PID 2>/dev/null' EXIT
echo "[bench] starting a local run (log: bench/target/run.log) ..."
until grep -q "GlobalLokal is running" bench/target/run.log; do
  kill -0 $RUN_PID 2>/dev/null || { cat bench/target/run.log; exit 1; }
  sleep 1
done
status=0
if [ "$MODE" = sessions ]; then
  WEBUI_PID=$(awk '$2 == "web-ui" {print $1}' "$GLOBALLOKAL_DATA/run.pids")
  java -Xmx512m -Dloader.main=de.globallokal.bench.SessionHeapBenchmark -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
    org.springframework.boot.loader.launch.PropertiesLauncher http://127.0.0.1:8080 "$WEBUI_PID" \
    bench/target/bench-sessions.json || status=$?
elif [ "$MODE" = staff ]; then
  WEBUI_PID=$(awk '$2 == "web-ui" {print $1}' "$GLOBALLOKAL_DATA/run.pids")
  java -Xmx512m -Dloader.main=de.globallokal.bench.StaffDashboardHeapBenchmark -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
    org.springframework.boot.loader.launch.PropertiesLauncher http://127.0.0.1:8080 "$WEBUI_PID" \
    bench/target/bench-staff.json "${1:-600}" || status=$?
elif [ "$MODE" = signups ]; then
  java -Xmx512m -Dloader.main=de.globallokal.bench.SignupRushBenchmark -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
    org.springframework.boot.loader.launch.PropertiesLauncher http://127.0.0.1:8080 http://127.0.0.1:8082 \
    "${1:-400}" "${2:-40}" "${3:-25}" bench/target/bench-signups.json || status=$?
elif [ "$MODE" = reads ]; then
  java -Xmx1g -Dloader.main=de.globallokal.bench.PublicReadBenchmark -cp bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
    org.springframework.boot.loader.launch.PropertiesLauncher http://127.0.0.1:8080 bench/target/bench-reads.json || status=$?
else
  java -Xmx1g -jar bench/target/bench-0.1.0-SNAPSHOT-exec.jar "$GLOBALLOKAL_DATA" "$CHANGES" "$RATE" \
    bench/target/bench-results.json || status=$?
fi
trap - EXIT
kill -TERM $RUN_PID 2>/dev/null || true
wait $RUN_PID 2>/dev/null || true
exit $status
