#!/usr/bin/env bash
# Starts the whole GlobalLokal system on this machine: the local stack (Kafka in KRaft mode
# and a MongoDB-wire server, data under ./data), then partnerships-service, events-service
# and web-ui. Loads demo data on the first start. Ctrl-C or SIGTERM stops everything it started.
#
#   ./run.sh            build what is missing, start, wait for health, print URLs
#   ./run.sh --rebuild  build again before starting
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
DATA="${GLOBALLOKAL_DATA:-$ROOT/data}"
LOGS="$DATA/logs"
VERSION="0.1.0-SNAPSHOT"
HEALTH_TIMEOUT="${GLOBALLOKAL_HEALTH_TIMEOUT:-240}"
mkdir -p "$LOGS"

say() { printf '[run.sh] %s\n' "$*"; }

# One run at a time: the lock lives as long as this script; children do not inherit it.
exec 9>"$DATA/run.lock"
if ! flock -n 9; then
  say "GlobalLokal is already running from $ROOT (see $DATA/run.pids). Stop it first."
  exit 1
fi

source "$ROOT/scripts/java25.sh"
command -v curl >/dev/null || { say "curl is needed (apt-get install curl)."; exit 1; }

JARS=(
  "local-stack/target/local-stack-$VERSION-exec.jar"
  "partnerships-service/target/partnerships-service-$VERSION-exec.jar"
  "events-service/target/events-service-$VERSION-exec.jar"
  "web-ui/target/web-ui-$VERSION-exec.jar"
)

needs_build() {
  [ "${1:-}" = "--rebuild" ] && return 0
  local jar
  for jar in "${JARS[@]}"; do
    [ -f "$jar" ] || return 0
    # any module's sources or poms changed since this jar was built (e.g. after a git pull)
    if [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

if needs_build "${1:-}"; then
  say "Building (first run or changed sources; log: $LOGS/build.log) ..."
  if ! ./mvnw -B -DskipTests install >"$LOGS/build.log" 2>&1; then
    tail -n 40 "$LOGS/build.log"
    say "Build failed; see $LOGS/build.log"
    exit 1
  fi
fi

PIDS=()
NAMES=()
stopping=0

stop_all() {
  [ "$stopping" = 1 ] && return
  stopping=1
  say "Stopping ..."
  local i
  # services first, the infrastructure last, so nothing loses its broker mid-write
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${PIDS[$i]}" 2>/dev/null || true
    local waited=0
    while kill -0 "${PIDS[$i]}" 2>/dev/null && [ $waited -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
    kill -KILL "${PIDS[$i]}" 2>/dev/null || true
    say "stopped ${NAMES[$i]}"
  done
  rm -f "$DATA/run.pids"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start() { # name, then the command
  local name="$1"; shift
  "$@" >"$LOGS/$name.log" 2>&1 9>&- &
  PIDS+=("$!")
  NAMES+=("$name")
  echo "$! $name" >>"$DATA/run.pids"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in 9092 9093 27017 8080 8081 8082; do
  if port_open "$port"; then
    say "Port $port is already in use; another program would clash with GlobalLokal. Stop it first."
    exit 1
  fi
done

: >"$DATA/run.pids"
# Small-machine settings for a local run: the serial collector, and the C1 compiler only —
# on 2 cores C2's compile threads cost more CPU than they save (bench/README.md: the p50 at
# 200 changes/s drops from about 100 ms to under 10 ms).
JAVA_OPTS_COMMON=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError)
# extra JVM options for every process, appended last so they win, e.g. GLOBALLOKAL_JAVA_OPTS="-XX:TieredStopAtLevel=4"
read -r -a EXTRA_JAVA_OPTS <<<"${GLOBALLOKAL_JAVA_OPTS:-}"
JAVA_OPTS_COMMON+=("${EXTRA_JAVA_OPTS[@]}")
say "Starting local-stack (Kafka KRaft on 127.0.0.1:9092, MongoDB-wire on 127.0.0.1:27017) ..."
GLOBALLOKAL_DATA="$DATA" start local-stack java "${JAVA_OPTS_COMMON[@]}" -Xmx320m -jar "${JARS[0]}"

wait_for() { # description, timeout, test command...
  local what="$1" timeout="$2"; shift 2
  local start=$SECONDS
  until "$@"; do
    local i
    for i in "${!PIDS[@]}"; do
      if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
        say "${NAMES[$i]} exited during start-up; last lines of its log:"
        tail -n 30 "$LOGS/${NAMES[$i]}.log"; exit 1
      fi
    done
    if [ $((SECONDS - start)) -ge "$timeout" ]; then
      say "$what did not become ready within ${timeout}s; see $LOGS"; exit 1
    fi
    sleep 0.5
  done
  say "$what ready after $((SECONDS - start))s"
}

wait_for local-stack 120 bash -c "(exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/27017) 2>/dev/null && [ -s '$DATA/jwt-public.pem' ]"

# web-ui signs the services' tokens with the private key; the services hold only the public one
export GLOBALLOKAL_JWT_PRIVATE_KEY="$DATA/jwt-private.pem" GLOBALLOKAL_JWT_PUBLIC_KEY="$DATA/jwt-public.pem"
export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092
# the services log JSON (Elastic Common Schema) with the trace id of each request and change, as
# in production; GLOBALLOKAL_LOG_FORMAT=logstash or gelf for another shape
export LOGGING_STRUCTURED_FORMAT_CONSOLE="${GLOBALLOKAL_LOG_FORMAT:-ecs}"

say "Starting partnerships-service, events-service and web-ui ..."
MONGODB_URI=mongodb://127.0.0.1:27017/partnerships \
  start partnerships-service java "${JAVA_OPTS_COMMON[@]}" -Xmx256m -jar "${JARS[1]}"
# the local run mails nobody: messages show in the staff dashboard's mailbox
MONGODB_URI=mongodb://127.0.0.1:27017/events GLOBALLOKAL_MAIL_MAILBOX="${GLOBALLOKAL_MAIL_MAILBOX:-local}" \
  start events-service java "${JAVA_OPTS_COMMON[@]}" -Xmx256m -jar "${JARS[2]}"
# the site's legal pages name who runs it; the local run says plainly that it is a demonstration
export GLOBALLOKAL_SITE_OPERATOR="${GLOBALLOKAL_SITE_OPERATOR:-GlobalLokal demonstration (no real office)}"
export GLOBALLOKAL_SITE_ADDRESS="${GLOBALLOKAL_SITE_ADDRESS:-Musterstraße 1, 12345 Musterstadt}"
export GLOBALLOKAL_SITE_EMAIL="${GLOBALLOKAL_SITE_EMAIL:-kontakt@example.org}"
export GLOBALLOKAL_SITE_ACCESSIBILITY_CONTACT="${GLOBALLOKAL_SITE_ACCESSIBILITY_CONTACT:-barrierefreiheit@example.org}"
# the demo partnerships are those of the first user's city, so the map draws them from there
export GLOBALLOKAL_SITE_CITY="${GLOBALLOKAL_SITE_CITY:-Ludwigsburg}"
export GLOBALLOKAL_SITE_LAT="${GLOBALLOKAL_SITE_LAT:-48.8975}" GLOBALLOKAL_SITE_LON="${GLOBALLOKAL_SITE_LON:-9.1919}"
export GLOBALLOKAL_POPULATION="${GLOBALLOKAL_POPULATION:-94000}"   # scales the Fairtrade-Town thresholds
export GLOBALLOKAL_SITE_PRIVACY_CONTACT="${GLOBALLOKAL_SITE_PRIVACY_CONTACT:-datenschutz@example.org}"
MONGODB_URI=mongodb://127.0.0.1:27017/webui SPRING_PROFILES_ACTIVE=local \
  start web-ui java "${JAVA_OPTS_COMMON[@]}" -Xmx512m -jar "${JARS[3]}"

healthy() { curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }
wait_for partnerships-service "$HEALTH_TIMEOUT" healthy 8081
wait_for events-service "$HEALTH_TIMEOUT" healthy 8082
wait_for web-ui "$HEALTH_TIMEOUT" healthy 8080

if [ ! -f "$DATA/demo-loaded" ]; then
  say "Loading demo data (first start) ..."
  token_for() { # a service's name: a token whose audience is that service
    curl -fsS -u editor:globallokal-editor -X POST "http://127.0.0.1:8080/api/token?audience=$1" \
      | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
  }
  : >"$LOGS/demo-slugs"
  post_demo() { # base URL and API path, then the folder of JSON files, then the service's name
    # placeholders: "slug:x" and "ref:x" stand for the id of what demo file NN-x.json created (or slug x),
    # {{+N}} and {{-N}} for the date N days from today, so the calendar is always in the future
    local file code body slug key id days tries token
    token=$(token_for "$3")
    for file in "$2"/*.json; do
      body=$(cat "$file")
      while read -r slug id; do body=${body//\"slug:$slug\"/\"$id\"}; body=${body//\"ref:$slug\"/\"$id\"}; done <"$LOGS/demo-slugs"
      while [[ $body =~ \{\{([+-][0-9]+)\}\} ]]; do
        days=${BASH_REMATCH[1]}
        body=${body//\{\{$days\}\}/$(date -d "$days days" +%F)}
      done
      # events-service checks references against its replica, which may still be catching up: retry a 422
      for tries in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        code=$(curl -sS -o "$LOGS/demo-response.json" -w '%{http_code}' -X POST "$1" \
          -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "$body")
        [ "$code" = 422 ] || break
        sleep 0.5
      done
      if [ "$code" != 201 ]; then
        say "Demo file $file was refused ($code):"; cat "$LOGS/demo-response.json"; echo; exit 1
      fi
      slug=$(sed -nE 's/.*"id":"([^"]+)".*"slug":"([^"]+)".*/\2 \1/p' "$LOGS/demo-response.json")
      if [ -n "$slug" ]; then echo "$slug" >>"$LOGS/demo-slugs"; fi
      id=$(grep -oE '"id":"[^"]+"' "$LOGS/demo-response.json" | head -n 1 | cut -d'"' -f4)
      key=$(basename "$file" .json); key=${key#[0-9][0-9]-}
      echo "$key $id" >>"$LOGS/demo-slugs"
    done
  }
  post_demo http://127.0.0.1:8081/api/partnerships local-stack/demo/partnerships partnerships-service
  post_demo http://127.0.0.1:8081/api/contacts local-stack/demo/contacts partnerships-service
  post_demo http://127.0.0.1:8081/api/actors local-stack/demo/actors partnerships-service
  post_demo http://127.0.0.1:8081/api/projects local-stack/demo/projects partnerships-service
  post_demo http://127.0.0.1:8082/api/events local-stack/demo/events events-service
  post_demo http://127.0.0.1:8081/api/resolutions local-stack/demo/resolutions partnerships-service
  post_demo http://127.0.0.1:8081/api/bodies local-stack/demo/bodies partnerships-service
  post_demo http://127.0.0.1:8081/api/budget-years local-stack/demo/budget-years partnerships-service
  post_demo http://127.0.0.1:8081/api/press-mentions local-stack/demo/press-mentions partnerships-service
  # the reference product groups are there from the start: the demo gives some of them targets
  token=$(token_for partnerships-service)
  for file in local-stack/demo/product-groups/*.json; do
    key=$(basename "$file" .json); key=${key#[0-9][0-9]-}
    id=$(curl -fsS http://127.0.0.1:8081/api/product-groups -H "Authorization: Bearer $token" \
      | grep -oE "\"id\":\"[^\"]+\",\"key\":\"$key\"" | cut -d'"' -f4)
    version=$(curl -fsS -o /dev/null -D - "http://127.0.0.1:8081/api/product-groups/$id" -H "Authorization: Bearer $token" \
      | tr -d '\r' | sed -nE 's/^[Ee][Tt]ag: "?([0-9]+)"?$/\1/p')
    curl -fsS -o /dev/null -X PUT "http://127.0.0.1:8081/api/product-groups/$id" -H "Authorization: Bearer $token" \
      -H "If-Match: \"$version\"" -H 'Content-Type: application/json' --data-binary "@$file" \
      || { say "Demo targets of $key were refused"; exit 1; }
  done
  # the purchases as a finance department would export them, published at once
  curl -fsS -o "$LOGS/demo-response.json" -X POST 'http://127.0.0.1:8081/api/purchases/import?dryRun=false&publish=true' \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @local-stack/demo/purchases.csv \
    || { say "The demo purchases were refused:"; cat "$LOGS/demo-response.json"; echo; exit 1; }
  date -u +%FT%TZ >"$DATA/demo-loaded"
  say "Demo data loaded: $(ls local-stack/demo/partnerships/*.json | wc -l) partnerships, $(ls local-stack/demo/contacts/*.json | wc -l) contact points, $(ls local-stack/demo/actors/*.json | wc -l) example actors, $(ls local-stack/demo/events/*.json | wc -l) events, $(ls local-stack/demo/projects/*.json | wc -l) project, example procurement figures, resolutions and bodies"
fi

cat <<EOF

  GlobalLokal is running.
    Public site        http://localhost:8080/            (partnerships: http://localhost:8080/partnerschaften)
    Open data          http://localhost:8080/api/public/v1/partnerships  and  /api/public/v1/events
    Staff sign-in      http://localhost:8080/login   (then the overview at http://localhost:8080/staff)
    partnerships API   http://localhost:8081/api/partnerships   (OpenAPI with a staff token: /v3/api-docs)
    events API         http://localhost:8082/api/events         (OpenAPI with a staff token: /v3/api-docs)
    Accounts (local run only):  editor / globallokal-editor    admin / globallokal-admin    partner / globallokal-partner (partner town)
    Token for scripts: curl -u editor:globallokal-editor -X POST 'http://localhost:8080/api/token?audience=partnerships-service'   (or events-service)
    Logs in $LOGS, data in $DATA.  Ctrl-C stops everything.

EOF

# Stay until a signal arrives or one of the processes ends on its own.
set +e
wait -n "${PIDS[@]}"
status=$?
if [ "$stopping" = 0 ]; then
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      say "${NAMES[$i]} ended unexpectedly (exit $status); last lines of its log:"
      tail -n 20 "$LOGS/${NAMES[$i]}.log"
    fi
  done
fi
exit 1
