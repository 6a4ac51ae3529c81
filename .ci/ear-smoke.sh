#!/usr/bin/env bash
# Smoke test of the EAR on full Payara Server 6.
#
# Proves that portal-ear/target/portal.ear (built by `mvn -q install -DskipTests -DskipITs`)
# deploys on Payara Server and serves: /health/ready answers 200 "UP" and /login.xhtml shows
# the sign-in page. Each run gets a fresh domain on free ports, a fresh PostgreSQL database and a
# fresh data directory; the domain is stopped and the database dropped on exit, pass or fail.
#
# Needs: JDK 17, mvn (only while the Payara zip is not yet unzipped), unzip, curl, psql, and a
# PostgreSQL server that lets the admin user create databases (trust auth on 127.0.0.1:5432 here).
#
# Overridable: EAR, PAYARA_VERSION, JAVA_17_HOME, SMOKE_PG_HOST, SMOKE_PG_PORT, SMOKE_PG_USER,
# SMOKE_PG_PASSWORD, SMOKE_DB, SMOKE_KEEP (=1 leaves the domain running and the database in place
# for a look around; stop it with the command printed at the end).
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EAR="${EAR:-$ROOT/portal-ear/target/portal.ear}"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.9}"
PAYARA_GAV="fish.payara.distributions:payara:${PAYARA_VERSION}:zip"
JAVA_17_HOME="${JAVA_17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
PG_HOST="${SMOKE_PG_HOST:-127.0.0.1}"
PG_PORT="${SMOKE_PG_PORT:-5432}"
PG_USER="${SMOKE_PG_USER:-postgres}"
PG_PASSWORD="${SMOKE_PG_PASSWORD:-unused-with-trust-auth}"
DB="${SMOKE_DB:-portal_ear_smoke}"
KEEP="${SMOKE_KEEP:-0}"
# C1 only and the serial collector halve the CPU that boot + deploy take on 2 cores
# (~65 s -> ~33 s); SMOKE_JVM_OPTIONS="" keeps the JVM defaults.
EXTRA_JVM_OPTIONS="${SMOKE_JVM_OPTIONS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

WORK="$ROOT/portal-ear/target/ear-smoke"
PAYARA_HOME="$WORK/payara6"            # unzipped once, reused while its marker matches
PAYARA_MARKER="$PAYARA_HOME/.unzipped-$PAYARA_VERSION"
DOMAINS="$WORK/domains"                # recreated each run from the template
TEMPLATE="$WORK/domain-template"       # created once per Payara unzip
TEMPLATE_MARKER="$TEMPLATE/.created-$PAYARA_VERSION"
TEMPLATE_PORTBASE=47000                # placeholder ports, never bound
DOMAIN=smoke
DATA_DIR="$WORK/data"                  # recreated each run
SERVER_LOG="$DOMAINS/$DOMAIN/logs/server.log"
ASADMIN="$PAYARA_HOME/bin/asadmin"

export AS_JAVA="$JAVA_17_HOME"
export PGHOST="$PG_HOST" PGPORT="$PG_PORT" PGUSER="$PG_USER" PGPASSWORD="$PG_PASSWORD"
# asadmin must never stop to ask for anything (CI has no terminal).
exec </dev/null

T0=$(date +%s%N)
STEP_T=$T0
STEP_NAME=""
DOMAIN_STARTED=0
DB_CREATED=0
ADMIN_PORT=""

log() { printf '[ear-smoke] %s\n' "$*"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
step() {  # step NAME: closes the previous step (printing its time) and opens the next
  local now; now=$(date +%s%N)
  [[ -n "$STEP_NAME" ]] && log "$(printf '%6ss  %s' "$(secs "$STEP_T" "$now")" "$STEP_NAME")"
  STEP_T=$now
  STEP_NAME="$1"
}
fail() {
  log "FAILED during '${STEP_NAME:-setup}': $*"
  if [[ -f "$SERVER_LOG" ]]; then
    log "---- last 80 lines of $SERVER_LOG ----"
    tail -n 80 "$SERVER_LOG" | sed 's/^/  | /'
    log "---- end of server log ----"
  fi
  exit 1
}
trap 'fail "command failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

# Stops the domain under $1 that this script started: the process named by the domain's pid file,
# and only if its command line names this domain directory. A throwaway domain needs no graceful
# shutdown: SIGTERM (the JVM's shutdown hooks run), then SIGKILL after 20 s.
stop_domain() {
  local dir="$1" pid_file="$1/$DOMAIN/config/pid" pid i
  [[ -f "$pid_file" ]] || return 0
  pid=$(<"$pid_file")
  [[ "$pid" =~ ^[0-9]+$ ]] && grep -aqF "$dir/$DOMAIN" "/proc/$pid/cmdline" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 40; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "DAS pid $pid still running 20 s after SIGTERM: killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - ERR
  set +e
  if [[ "$KEEP" == 1 && $rc -eq 0 ]]; then
    log "SMOKE_KEEP=1: domain left running (admin port $ADMIN_PORT), database $DB kept."
    log "Stop with: AS_JAVA=$AS_JAVA $ASADMIN stop-domain --domaindir $DOMAINS $DOMAIN"
    return
  fi
  local t; t=$(date +%s%N)
  if (( DOMAIN_STARTED )); then stop_domain "$DOMAINS"; fi
  if (( DB_CREATED )); then
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 \
      || log "warning: could not drop database $DB"
  fi
  log "$(printf '%6ss  %s' "$(secs "$t" "$(date +%s%N)")" "cleanup (stop domain, drop database)")"
  log "total $(secs "$T0" "$(date +%s%N)")s — $([[ $rc -eq 0 ]] && echo PASSED || echo "FAILED (exit $rc)")"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Lowest base B (in steps of 100) such that every port B..B+99 is free; a domain created with
# --portbase B uses B+9 (debugger), B+37..39 (IIOP), B+48 (admin), B+49/59 (Hazelcast, which
# counts up from there), B+66 (OSGi shell), B+76 (JMS), B+80/81 (HTTP/HTTPS), B+86 (JMX).
# Bases are tried in a random order below the kernel's ephemeral range (32768+).
pick_portbase() {
  local py; py=$(command -v /usr/bin/python3 python3 2>/dev/null | head -n 1 || true)
  if [[ -n "$py" ]]; then
    "$py" - <<'EOF'
import random, socket, sys
def free(port):
    for family, addr in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::")):
        s = socket.socket(family, socket.SOCK_STREAM)
        try:
            s.bind((addr, port))
        except OSError as e:
            if family == socket.AF_INET6 and e.errno in (97, 99):  # no IPv6 here
                continue
            return False
        finally:
            s.close()
    return True
bases = list(range(10000, 32000, 100))
random.shuffle(bases)
for base in bases:
    if all(free(base + i) for i in range(100)):
        print(base)
        sys.exit(0)
sys.exit(1)
EOF
  else
    local base i ok
    for base in $(seq 10000 100 31900 | shuf); do
      ok=1
      for ((i = 0; i < 100; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$((base + i))") 2>/dev/null; then ok=0; break; fi
      done
      if (( ok )); then echo "$base"; return 0; fi
    done
    return 1
  fi
}

# Escape a value for asadmin's name=value:name=value property syntax (documented: a ':' in a value
# is escaped with '\'; '=' and '\' the same way). A quote cannot be passed at all (the admin REST
# layer answers "Unbalanced quotes"): check_value refuses such values first.
asadmin_escape() { sed -e 's/[\\:=]/\\&/g' <<<"$1"; }
check_value() {
  [[ "$2" != *[\"\']* ]] || fail "$1 contains a quote, which create-system-properties cannot pass"
}

# GET URL until it answers 200 (or the deadline passes); body to $2. Prints the last status.
http_get() {
  local url="$1" out="$2" deadline=$((SECONDS + ${3:-30})) code
  while :; do
    code=$(curl -s -o "$out" -w '%{http_code}' --max-time 20 "$url" || true)
    if [[ "$code" == 200 ]] || (( SECONDS >= deadline )); then echo "$code"; return; fi
    sleep 1
  done
}

# --------------------------------------------------------------------------------------------
step "preflight"
[[ -f "$EAR" ]] || fail "no EAR at $EAR: build first (mvn -q install -DskipTests -DskipITs)"
[[ -x "$JAVA_17_HOME/bin/java" ]] || fail "no JDK at $JAVA_17_HOME (set JAVA_17_HOME)"
for tool in curl unzip psql timeout flock; do
  command -v "$tool" >/dev/null || fail "missing tool: $tool"
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "SMOKE_DB must be a plain lower-case identifier: $DB"
check_value "the database user" "$PG_USER"
check_value "the database password" "$PG_PASSWORD"
check_value "the data directory" "$DATA_DIR"
mkdir -p "$WORK"
exec 9>"$WORK/.lock"
flock -n 9 || fail "another ear-smoke run holds $WORK/.lock"
psql_admin -c 'SELECT 1' >/dev/null 2>&1 || fail "cannot reach PostgreSQL as $PG_USER@$PG_HOST:$PG_PORT"

step "obtain Payara Server $PAYARA_VERSION"
if [[ -f "$PAYARA_MARKER" ]]; then
  log "reusing $PAYARA_HOME"
else
  zip="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip"
  if [[ ! -f "$zip" ]]; then
    log "fetching $PAYARA_GAV"
    rm -rf "$WORK/dist"
    (cd "$WORK" && mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="$PAYARA_GAV" \
      -DoutputDirectory="$WORK/dist") >"$WORK/fetch.out" 2>&1 \
      || { cat "$WORK/fetch.out"; fail "could not fetch $PAYARA_GAV from Maven"; }
    zip="$WORK/dist/payara-$PAYARA_VERSION.zip"
  fi
  rm -rf "$PAYARA_HOME" "$WORK/unzip.tmp" "$TEMPLATE"
  mkdir -p "$WORK/unzip.tmp"
  unzip -q "$zip" -d "$WORK/unzip.tmp" || fail "could not unzip $zip"
  mv "$WORK/unzip.tmp/payara6" "$PAYARA_HOME"
  rm -rf "$WORK/unzip.tmp" "$WORK/dist"
  touch "$PAYARA_MARKER"
fi

step "create domain on free ports"
# create-domain costs ~15 s of CPU (several JVMs, key generation): it runs once into a template
# with placeholder ports, and each run copies the template and moves its ports to a free block.
if [[ ! -f "$TEMPLATE_MARKER" ]]; then
  log "creating the domain template (once per Payara unzip)"
  rm -rf "$TEMPLATE"
  "$ASADMIN" create-domain --nopassword --checkports=false --portbase "$TEMPLATE_PORTBASE" \
    --domaindir "$TEMPLATE" "$DOMAIN" >"$WORK/create-domain.out" 2>&1 \
    || { cat "$WORK/create-domain.out"; fail "create-domain failed"; }
  touch "$TEMPLATE_MARKER"
fi
stop_domain "$DOMAINS"   # a domain a killed earlier run left running
rm -rf "$DOMAINS" "$DATA_DIR"
mkdir -p "$DOMAINS" "$DATA_DIR"
cp -a "$TEMPLATE/$DOMAIN" "$DOMAINS/$DOMAIN"
PORTBASE=$(pick_portbase) || fail "found no block of 100 free TCP ports between 10000 and 31999"
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
log "portbase $PORTBASE: admin $ADMIN_PORT, http $HTTP_PORT"
# Every port of the template is written as ="470NN" or =470NN" / =470NN< (attribute values,
# -Dosgi.shell.telnet.port=...); move each one to PORTBASE+NN.
tpl=$((TEMPLATE_PORTBASE / 100)) new=$((PORTBASE / 100))
for f in "$DOMAINS/$DOMAIN/config/domain.xml" "$DOMAINS/$DOMAIN/config/glassfish-acc.xml"; do
  sed -E -i "s/([=\"])${tpl}([0-9]{2})([\"<])/\1${new}\2\3/g" "$f"
  ! grep -Eq "[=\"]${tpl}[0-9]{2}[\"<]" "$f" || fail "template ports left in $f"
done
[[ $(grep -Ec "[=\"]${new}[0-9]{2}[\"<]" "$DOMAINS/$DOMAIN/config/domain.xml") -ge 11 ]] \
  || fail "could not move the domain's ports to $PORTBASE (domain.xml changed shape?)"
# Extra JVM options, next to the template's -Xmx512m (in both configs; the DAS uses server-config).
if [[ -n "$EXTRA_JVM_OPTIONS" ]]; then
  opts=""
  for o in $EXTRA_JVM_OPTIONS; do opts+="<jvm-options>$o</jvm-options>"; done
  sed -i "s|<jvm-options>-Xmx512m</jvm-options>|&$opts|" "$DOMAINS/$DOMAIN/config/domain.xml"
fi

step "create database $DB"
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
psql_admin -c "CREATE DATABASE $DB" || fail "could not create database $DB"
DB_CREATED=1

step "start domain"
DOMAIN_STARTED=1
timeout 300 "$ASADMIN" start-domain --domaindir "$DOMAINS" --timeout 240 "$DOMAIN" \
  >"$WORK/start-domain.out" 2>&1 \
  || { cat "$WORK/start-domain.out"; fail "start-domain failed"; }
AS=("$ASADMIN" --host localhost --port "$ADMIN_PORT")

step "configure application (system properties)"
ADMIN_PASSWORD=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 20 || true)
[[ ${#ADMIN_PASSWORD} -eq 20 ]] || fail "could not generate a password"
props=(
  "portal.db.url=$(asadmin_escape "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB")"
  "portal.db.user=$(asadmin_escape "$PG_USER")"
  "portal.db.password=$(asadmin_escape "$PG_PASSWORD")"
  "portal.data.dir=$(asadmin_escape "$DATA_DIR")"
  "portal.bootstrap.admin.password=$ADMIN_PASSWORD"
)
# MicroProfile Config reads these server-level system properties at deploy time: no restart.
"${AS[@]}" create-system-properties "$(IFS=:; echo "${props[*]}")" >/dev/null \
  || fail "create-system-properties failed"

step "deploy $(basename "$EAR")"
timeout 300 "${AS[@]}" deploy --force=true "$EAR" >"$WORK/deploy.out" 2>&1 \
  || { cat "$WORK/deploy.out"; fail "deploy failed"; }

step "check /health/ready and /login.xhtml"
body="$WORK/health.json"
code=$(http_get "http://localhost:$HTTP_PORT/health/ready" "$body" 30)
[[ "$code" == 200 ]] || fail "GET /health/ready answered $code: $(head -c 500 "$body" 2>/dev/null)"
grep -Eq '^[[:space:]]*\{[[:space:]]*"status"[[:space:]]*:[[:space:]]*"UP"' "$body" \
  || fail "/health/ready is not UP: $(head -c 500 "$body")"
log "/health/ready: $(head -c 300 "$body")"
page="$WORK/login.html"
code=$(http_get "http://localhost:$HTTP_PORT/login.xhtml" "$page" 30)
[[ "$code" == 200 ]] || fail "GET /login.xhtml answered $code"
grep -q 'Sign in' "$page" || fail "/login.xhtml does not contain 'Sign in': $(head -c 500 "$page")"
log "/login.xhtml: 200, contains 'Sign in'"
if grep -q 'SEVERE' "$SERVER_LOG"; then
  log "note: the server log has SEVERE entries:"
  grep -A2 'SEVERE' "$SERVER_LOG" | head -n 30 | sed 's/^/  | /'
fi

das_pid=$(<"$DOMAINS/$DOMAIN/config/pid")
log "DAS CPU time so far: $(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f s", ($14 + $15) / hz }' "/proc/$das_pid/stat"), RSS $(awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$das_pid/status")"

step ""   # prints the last step's time
log "EAR smoke test passed"
