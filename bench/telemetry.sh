#!/usr/bin/env bash
# Measures Collector telemetry intake against a baseline measured in the same run, on the same
# machine, on an empty data directory with the embedded PostgreSQL:
#   (a) rows/s PostgreSQL accepts with COPY (psql \copy, CSV) straight into telemetry_event, for
#       BENCH_COPY_ROWS generated rows of the shape the portal stores (one installation,
#       occurred_at within the last hour, payload = the event's JSON), by default as many as one
#       run of (b) sends;
#   (b) events/s the portal ingests over HTTP, POST /api/collector/v1/telemetry with batches of 500
#       (gzipped) from the reference client's load mode (collector-client telemetry load: bodies
#       built before the clock starts, C threads sharing one token) at concurrencies 1, 4, 8, 16,
#       after BENCH_WARMUPS (3) warm-up runs at concurrency 8 that are discarded (with one, the JIT
#       compiler was still busy in the first measured run and the portal's CPU per event doubled),
#       then until the portal's JVM is idle (its compiler done with the warm-up's code, 60 s at most);
#       BENCH_BATCHES (400) batches per run;
#       each run, like (a), starts on an empty telemetry_event right after a checkpoint: inserts
#       into a table that already holds a million rows cost PostgreSQL half as much again (its
#       indexes are deeper and no longer in the CPU's caches), and (b) would otherwise be measured
#       on a table up to five times (a)'s; BENCH_KEEP_ROWS=1 lets the table grow over the runs;
#       BENCH_PREFILL=N has (a) and every run start on a table holding N other rows instead, as a
#       month's partition in production does (refilled by COPY before each, which takes a while);
#   (c) each (b) as a share of (a), and the goals ">= 50% of the COPY baseline" and
#       ">= 20 000 events/s", MET/NOT MET per concurrency and for the best.
# The load generator runs on the same cores as the portal and its database (see the load average).
# BENCH_PROFILE=<file>: records the measured runs with Java Flight Recorder and writes the portal's
# hottest methods there (bench/jfr_top.py).
# BENCH_PERF=<file>: samples the embedded PostgreSQL's processes with perf during the measured runs
# and writes where their CPU goes (by process title and function) there.
# BENCH_STATEMENTS=<file>: restarts the portal with pg_stat_statements loaded and writes the
# statements of the measured runs there, by total execution time.
# Usage: bench/telemetry.sh   (builds the jars if missing; installs psql from Debian's
# postgresql-client if it is absent, which needs root).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-launcher/target/portal-launcher.jar
client_jar=$(ls collector-client/target/collector-client-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)
if [ ! -f "$jar" ] || [ -z "$client_jar" ] || [ ! -d collector-client/target/lib ]; then
  mvn -q -B package -DskipTests -DskipITs
  client_jar=$(ls collector-client/target/collector-client-*.jar | grep -v -e sources -e tests | head -1)
fi
work=$(mktemp -d)
# BENCH_KEEP=1 keeps the work directory (portal log, CSV, client state) for a look afterwards.
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$SECONDS
source bench/lib.sh
need_tool psql postgresql-client

batches=${BENCH_BATCHES:-400}
batch_size=500
copy_rows=${BENCH_COPY_ROWS:-$((batches * batch_size))}
concurrencies=${BENCH_CONCURRENCIES:-"1 4 8 16"}

# --- Portal on an empty data directory, with the embedded PostgreSQL. The installation's quota
# (60 000 events a minute by default) is lifted: the bench measures the intake, not the quota.
quota=${BENCH_EVENTS_PER_MINUTE:-1000000000}
start_portal PORTAL_TELEMETRY_EVENTS_PER_MINUTE="$quota"
# The launcher prints "Embedded PostgreSQL on port N, data in …"; it connects as postgres/postgres
# to the database postgres (PortalLauncher.startEmbeddedDatabase).
db_port=$(sed -n 's/^Embedded PostgreSQL on port \([0-9]*\),.*/\1/p' "$work/portal.log" | head -1)
[ -n "$db_port" ] || { echo "no embedded PostgreSQL port in the portal's log"; head -30 "$work/portal.log"; exit 1; }
sql() { PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres "$@"; }
if [ -n "${BENCH_STATEMENTS:-}" ]; then
  sql -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
  kill "$portal"; wait "$portal" 2>/dev/null || true
  mv "$work/portal.log" "$work/portal-first.log"
  start_portal PORTAL_TELEMETRY_EVENTS_PER_MINUTE="$quota"
  db_port=$(sed -n 's/^Embedded PostgreSQL on port \([0-9]*\),.*/\1/p' "$work/portal.log" | head -1)
  sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
fi

client() { java -jar "$client_jar" "$@" --portal "$base" --state "$work/collector"; }

# --- 1. Setup through the public APIs: admin, partner, customer with a subscription, installation
# enrolled by the reference client (which keeps its credential and fetches tokens itself).
change_password "$admin_email" "$admin_initial" "$admin_password"
code=$(new_installation "$(admin_token)" "")
client enroll --code "$code" --app-version 4.2.0.17 --machine BENCH-PC > "$work/enroll.out" \
  || { cat "$work/enroll.out"; exit 1; }
installation=$(sed -n 's/^enrolled as installation \([0-9]*\).*/\1/p' "$work/enroll.out")
owner_path=$(sql -At -c "SELECT owner_path FROM installation WHERE id = $installation")
[ -n "$owner_path" ] || { echo "installation $installation has no owner_path"; exit 1; }

# --- 2. (a) The COPY baseline, into the table as the portal made it (with the partitions of last,
# this and next month).
sql -At -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'telemetry_event'::regclass" \
  > "$work/partitions" 2>&1 && [ "$(cat "$work/partitions")" -gt 0 ] \
  || { echo "this portal has no partitioned telemetry_event table:"; cat "$work/partitions"; exit 1; }
cat > "$work/rows.py" << 'EOF'
# The rows the portal would store for the events the client's load mode makes (TelemetryEvents):
# 80 % extraction_run (5 % failures, 3 % partial), 5 % each session_start, session_end, app_error,
# update_result; occurred_at within the last hour; ids random UUIDs.
import csv, datetime, hashlib, json, random, sys, uuid
path, count, installation, owner = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
plugins = [("exact-online", "3.4.1", "Exact Online"), ("afas-profit", "2.9.0", "AFAS Profit"),
           ("twinfield", "1.12.3", "Twinfield"), ("sap-business-one", "5.0.2", "SAP Business One"),
           ("yuki", "1.3.0", "Yuki")]
failures = [("AUTH_EXPIRED", "The source system refused the stored credentials (401)"),
            ("SOURCE_TIMEOUT", "No answer from the source system within 120 s")]
stack = ("System.Net.Http.HttpRequestException: Connection refused (portal.example.com:443)\n"
         "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port)\n"
         "   at Collector.Sync.PortalClient.SendAsync(HttpRequestMessage request)")
fingerprint = hashlib.sha256(b"System.Net.Http.HttpRequestException|" + stack.encode()).hexdigest()
received = now.isoformat()
with open(path, "w", newline="") as out:
    w = csv.writer(out)
    for _ in range(count):
        at = (now - datetime.timedelta(seconds=random.randint(0, 3600))).isoformat().replace("+00:00", "Z")
        event = {"id": str(uuid.uuid4()), "type": None, "occurredAt": at}
        kind = random.randrange(100)
        plugin = result = app = rows = size = duration = error = fp = None
        if kind < 80:
            p = random.choice(plugins)
            rows = int(10 ** (1 + random.random() * 4))
            outcome = random.randrange(100)
            result = "failure" if outcome < 5 else "partial" if outcome < 8 else "success"
            rows, size = (0, 0) if result == "failure" else (rows, rows * random.randint(120, 420))
            duration = 300 + rows // 20 + random.randrange(2000)
            plugin = p[0]
            event.update(type="extraction_run", plugin=plugin, sourceSystem=p[2],
                         company="Company %03d" % random.randint(1, 40), period=at[:7],
                         rows=rows, bytes=size, durationMs=duration, result=result)
            if result == "failure":
                error, message = random.choice(failures)
                event.update(errorCode=error, errorMessage=message)
        elif kind < 85:
            app = "4.2.0.17"
            event.update(type="session_start", appVersion=app, plugins={p[0]: p[1] for p in plugins},
                         os="Microsoft Windows 10.0.22631 (Windows 11 Pro)", dotnetVersion="8.0.11")
        elif kind < 90:
            duration = 60000 + random.randrange(8 * 3600000)
            event.update(type="session_end", durationMs=duration)
        elif kind < 95:
            fp = fingerprint
            event.update(type="app_error", exceptionType="System.Net.Http.HttpRequestException",
                         message="Connection refused (portal.example.com:443)", stackTrace=stack)
        else:
            p = random.choice(plugins)
            duration = 2000 + random.randrange(60000)
            event.update(type="update_result", target=p[0], fromVersion="1.0.0", toVersion=p[1],
                         success=True, durationMs=duration)
        w.writerow([installation, event["id"], at, received, owner, event["type"], plugin, result, app,
                    rows, size, duration, error, fp, json.dumps(event, separators=(",", ":"))])
EOF
python3 "$work/rows.py" "$work/rows.csv" "$copy_rows" "$installation" "$owner_path"
prefill=${BENCH_PREFILL:-0}
((prefill == 0)) || python3 "$work/rows.py" "$work/prefill.csv" "$prefill" "$installation" "$owner_path"
payload_bytes=$(python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1]))); print(sum(len(x[-1]) for x in r)//len(r))' "$work/rows.csv")
# One line: psql's \copy ends at the end of its line.
columns="installation_id, event_id, occurred_at, received_at, owner_path, type, plugin, result, app_version"
columns+=", rows_count, bytes_count, duration_ms, error_code, fingerprint, payload"
# fresh: the table as every measurement starts, empty or holding the BENCH_PREFILL rows, checkpointed.
fresh() {
  sql -c "TRUNCATE telemetry_event" > /dev/null
  ((prefill == 0)) || sql -c "\\copy telemetry_event ($columns) FROM '$work/prefill.csv' WITH (FORMAT csv)"
  sql -c "CHECKPOINT" > /dev/null
}
fresh
# CPU time (ms) of the portal's JVM and of its embedded PostgreSQL's processes, from /proc: how
# much work a row or an event costs, a figure the other load on the machine hardly moves.
cpu_ms() {
  local postmaster ticks
  postmaster=$(head -1 "$work/data/postgres/postmaster.pid")
  # The postmaster's own and its exited children's (a psql session's backend), then the live ones.
  ticks=$( { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
             for p in $portal $(pgrep -P "$postmaster" -d ' ' || true); do
               [ -r "/proc/$p/stat" ] && awk '{print $14 + $15}' "/proc/$p/stat"
             done; } | awk '{s += $1} END {print s + 0}')
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
jvm_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$portal/stat"; }
copy_cpu_start=$(cpu_ms)
copy_start=$(date +%s.%N)
sql -c "\\copy telemetry_event ($columns) FROM '$work/rows.csv' WITH (FORMAT csv)"
copy_end=$(date +%s.%N)
sleep 1  # psql's backend is counted once it has exited and the postmaster has reaped it
copy_cpu=$(( $(cpu_ms) - copy_cpu_start ))
copied=$(sql -At -c "SELECT count(*) FROM telemetry_event")
[ "$copied" = $((prefill + copy_rows)) ] || { echo "COPY stored $copied rows, not $copy_rows"; exit 1; }
copy_rps=$(echo "$copy_rows / ($copy_end - $copy_start)" | bc -l)

# --- 3. (b) Intake over HTTP: the reference client's load mode; its last line is
# events/s=… batches=… events=… accepted=… duplicates=… rejected=… retries429=… seconds=…
declare -A eps line cost
# load <key> <concurrency>: one run of the load mode; sets eps[key] and line[key].
load() {
  local cpu_before jvm_before stored
  [ -n "${BENCH_KEEP_ROWS:-}" ] || fresh
  cpu_before=$(cpu_ms)
  jvm_before=$(jvm_ms)
  client telemetry load --batches "$batches" --batch-size "$batch_size" --concurrency "$2" \
    > "$work/load.out" 2> "$work/load.err" \
    || { echo "telemetry load at concurrency $2 failed:"; cat "$work/load.out" "$work/load.err"; tail -20 "$work/portal.log"; exit 1; }
  line[$1]=$(tail -1 "$work/load.out")
  eps[$1]=$(sed -n 's/^events\/s=\([0-9.]*\) .*/\1/p' <<< "${line[$1]}")
  [ -n "${eps[$1]}" ] || { echo "no result from the load mode: ${line[$1]}"; exit 1; }
  local jvm=$(( $(jvm_ms) - jvm_before )) all=$(( $(cpu_ms) - cpu_before )) events
  events=$(field events "${line[$1]}")
  # Every acknowledged event is in the table (the runs before were truncated away).
  stored=$(( $(sql -At -c "SELECT count(*) FROM telemetry_event") - prefill ))
  [ -n "${BENCH_KEEP_ROWS:-}" ] || [ "$stored" = "$(field accepted "${line[$1]}")" ] \
    || { echo "run $1: $stored rows stored, $(field accepted "${line[$1]}") accepted"; exit 1; }
  cost[$1]=$(printf 'CPU per event: portal JVM %.1f µs, its PostgreSQL %.1f µs' \
    "$(echo "1000 * $jvm / $events" | bc -l)" "$(echo "1000 * ($all - $jvm) / $events" | bc -l)")
}
field() { sed -n "s/.* $1=\\([0-9.]*\\).*/\\1/p" <<< "$2"; }
met() { if [ "$(echo "$1" | bc -l)" = 1 ]; then echo MET; else echo "NOT MET"; fi; }

echo "telemetry intake, POST /api/collector/v1/telemetry, batches of $batch_size events (gzipped), $batches batches a run"
echo "($(nproc) cores; load average before the run: $load_at_start; the load generator shares the cores;"
echo " portal.telemetry.events-per-minute=$quota; portal -Xmx512m, embedded PostgreSQL $(sql -At -c 'SHOW server_version'), synchronous_commit=$(sql -At -c 'SHOW synchronous_commit'))"
printf '(a) COPY baseline: %9.0f rows/s  (%d rows, payload ~%d B, psql \\copy CSV into telemetry_event holding %d rows, %.2f s; PostgreSQL CPU per row %.1f µs)\n' \
  "$copy_rps" "$copy_rows" "$payload_bytes" "$prefill" "$(echo "$copy_end - $copy_start" | bc -l)" \
  "$(echo "1000 * $copy_cpu / $copy_rows" | bc -l)"
for w in ${BENCH_WARMUPS:-8 8 1}; do
  load warmup "$w"
  echo "(warm-up, concurrency $w, discarded: ${line[warmup]}; ${cost[warmup]})"
done
settle_start=$SECONDS
while :; do
  before=$(jvm_ms); sleep 1
  (( $(jvm_ms) - before < 50 || SECONDS - settle_start >= 60 )) && break
done
echo "(the portal's JVM idle after $((SECONDS - settle_start)) s)"
best=
[ -n "${BENCH_PROFILE:-}" ] \
  && jcmd "$portal" JFR.start name=bench settings="${BENCH_JFC:-profile}" filename="$work/intake.jfr" > /dev/null
[ -n "${BENCH_STATEMENTS:-}" ] && sql -c "SELECT pg_stat_statements_reset()" > /dev/null
if [ -n "${BENCH_PERF:-}" ]; then
  perf record -q -F 499 -g -o "$work/perf.data" -a > /dev/null 2>&1 &
  perf_pid=$!
fi
for c in $concurrencies; do
  load "c$c" "$c"
  printf '(b) concurrency %2d: %9.0f events/s  %5.1f%% of COPY  goal >=50%%: %-7s  goal >=20000/s: %-7s  [%s]\n' \
    "$c" "${eps[c$c]}" "$(echo "100 * ${eps[c$c]} / $copy_rps" | bc -l)" \
    "$(met "${eps[c$c]} >= 0.5 * $copy_rps")" "$(met "${eps[c$c]} >= 20000")" "${line[c$c]}"
  echo "    ${cost[c$c]}"
  if [ -z "$best" ] || [ "$(echo "${eps[c$c]} > ${eps[$best]}" | bc -l)" = 1 ]; then best=c$c; fi
done
if [ -n "${BENCH_STATEMENTS:-}" ]; then
  sql -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
    round(total_plan_time::numeric, 1) AS plan_ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 160) AS query
    FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 40" > "$BENCH_STATEMENTS"
  sql -c "SELECT relname, n_tup_ins, autovacuum_count, autoanalyze_count, last_autovacuum, last_autoanalyze
    FROM pg_stat_user_tables WHERE relname LIKE 'telemetry_event%' OR relname LIKE 'telemetry_health%'" >> "$BENCH_STATEMENTS"
  sql -c "SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint FROM pg_stat_bgwriter" >> "$BENCH_STATEMENTS"
fi
if [ -n "${BENCH_PERF:-}" ]; then
  kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null || true
  perf report -i "$work/perf.data" --no-children --comm postgres --sort dso,sym --stdio -g none \
    2> /dev/null | grep -v '^#' | grep -v '^$' | head -80 > "$BENCH_PERF"
  ps -o pid,time,args --ppid "$(head -1 "$work/data/postgres/postmaster.pid")" >> "$BENCH_PERF"
fi
if [ -n "${BENCH_PROFILE:-}" ]; then
  jcmd "$portal" JFR.stop name=bench > /dev/null
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$work/intake.jfr" > "$BENCH_PROFILE.stacks"
  python3 bench/jfr_top.py 150 < "$BENCH_PROFILE.stacks" > "$BENCH_PROFILE"
fi
printf '(c) best: concurrency %s, %.0f events/s = %.1f%% of the COPY baseline (%.0f rows/s)\n' \
  "${best#c}" "${eps[$best]}" "$(echo "100 * ${eps[$best]} / $copy_rps" | bc -l)" "$copy_rps"
echo "goal >= 50% of the COPY baseline: $(met "${eps[$best]} >= 0.5 * $copy_rps")"
echo "goal >= 20 000 events/s: $(met "${eps[$best]} >= 20000")"
if [ -n "${BENCH_KEEP_ROWS:-}" ]; then
  echo "(BENCH_KEEP_ROWS: the runs wrote into one growing table, of $(sql -At -c "SELECT count(*) FROM telemetry_event") rows at the end)"
else
  echo "(after each run, telemetry_event held exactly the events the portal had acknowledged)"
fi

kill "$portal"; wait "$portal" 2>/dev/null || true
echo "(load average at the end, including this run's own load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $((SECONDS - started)) s)"
