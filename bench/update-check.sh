#!/usr/bin/env bash
# Measures the update check and plugin downloads of one enrolled installation against baselines
# measured in the same run, on the same machine:
#   (a) POST /api/collector/v1/update-check as the installation (10 plugins installed at their
#       published versions: nothing to update), wrk -t2 -c32, 30 s warm-up then 30 s measured;
#   (b) a bare servlet without security (bench/BareBytesServlet.java, a WAR deployed beside the
#       portal on the same Payara Micro via portal.extra.wars) answering the same decision bytes;
#   (c) nginx serving the same bytes as a static file (POST allowed, so all three get the same POST).
# Prints req/s, p50, p99 and non-2xx/3xx per target, the ratios a/b and a/c and the goals
# "(a) >= 33% of (b)" and "p99(a) < 20 ms". Then the download of a ~50 MB plugin package,
# GET /api/collector/v1/plugins/{id}/{version} as the installation vs nginx serving the same file
# (wrk -t2 -c4, 10 s warm-up then 20 s), MB/s and the goal ">= 80% of nginx", and a download
# resumed with Range whose SHA-256 must match the release's.
# Usage: bench/update-check.sh   (builds the jars if missing; uses the embedded PostgreSQL; installs
# wrk and nginx from Debian's packages if they are absent, which needs root).
# BENCH_PROFILE=<file>: records (a)'s measured run with Java Flight Recorder and writes its hottest
# methods there (bench/jfr_top.py).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-launcher/target/portal-launcher.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests -DskipITs
servlet_api=~/.m2/repository/jakarta/servlet/jakarta.servlet-api/6.0.0/jakarta.servlet-api-6.0.0.jar
[ -f "$servlet_api" ] || mvn -q -B dependency:get -Dartifact=jakarta.servlet:jakarta.servlet-api:6.0.0
work=$(mktemp -d)
# BENCH_ONLY=download measures only the downloads (step 4).
# BENCH_KEEP=1 keeps the work directory (portal log, nginx config) for a look afterwards.
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$SECONDS
source bench/lib.sh
need_tool wrk wrk
need_tool nginx nginx
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

plugins=10
app_version=4.2.0.17
big_mb=50
warmup=${BENCH_WARMUP_SECONDS:-30}    # shorter only to try the script out; figures need 30 s
measured=${BENCH_MEASURED_SECONDS:-30}

# --- The bare servlet's WAR: compiled against the Servlet 6.0 API, classes only.
mkdir -p "$work/war/WEB-INF/classes" "$work/www"
javac -nowarn -d "$work/war/WEB-INF/classes" -cp "$servlet_api" bench/BareBytesServlet.java
(cd "$work/war" && jar cf "$work/bench.war" WEB-INF)
# The servlet reads this file at its init, i.e. at its first request: after step 2 wrote it.
bytes_file=$work/www/decision.jws

# --- Portal (and the bench WAR at /bench) on an empty data directory.
start_portal PORTAL_RELEASES_MAX_PACKAGE_MB=100 PORTAL_EXTRA_WARS="$work/bench.war" -Dbench.bytes="$bytes_file"

# plugin_zip <file> <code> <version> [MiB of random bytes]: a plugin package made by zipfile, its
# collector-plugin.json naming the product code and version; the random bytes stored uncompressed.
plugin_zip() {
  python3 - "$@" << 'EOF'
import json, os, sys, zipfile
path, code, version = sys.argv[1:4]
mib = int(sys.argv[4]) if len(sys.argv) > 4 else 0
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("collector-plugin.json", json.dumps({"id": code, "version": version}))
    z.writestr("lib/plugin.dll", ("binary of %s %s" % (code, version)).encode())
    if mib:
        with z.open(zipfile.ZipInfo("data/payload.bin"), "w") as out:
            for _ in range(mib):
                out.write(os.urandom(1 << 20))
EOF
}
# publish <code> <version> <zip>: uploads the package as a release pipeline does and publishes it;
# prints the published release.
publish() {
  local status id
  status=$(curl -s -o "$work/body" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/zip' --data-binary "@$3" \
    "$base/api/v1/releases?product=$1&version=$2") || status=curl-failed
  [ "$status" = 201 ] || { echo "upload of $1 $2: expected 201, got $status:"; cat "$work/body"; exit 1; }
  id=$(json_field id < "$work/body")
  api 200 POST "/api/v1/releases/$id/publication" "" "$token"
}
installation_token() {
  api 200 POST /api/collector/v1/token \
    "{\"installationId\":$installation,\"credential\":\"$credential\"}" | json_field accessToken
}

# --- 1. Setup through the public APIs.
change_password "$admin_email" "$admin_initial" "$admin_password"
token=$(admin_token)
installed=""
allowed=""
for n in $(seq 1 "$plugins"); do
  code=bench-plugin-$n
  version=1.$n.0
  api 201 POST /api/v1/products \
    "{\"code\":\"$code\",\"nameEn\":\"Bench $n\",\"nameFr\":\"Bench $n\",\"nameNl\":\"Bench $n\"}" "$token" > /dev/null
  plugin_zip "$work/$code.zip" "$code" "$version"
  publish "$code" "$version" "$work/$code.zip" > /dev/null
  installed+="${installed:+,}\"$code\":\"$version\""
  allowed+="\"$code\","
done
# The big plugin of step 4: allowed from the start, released only after the update-check load, so
# that the checks measured answer "nothing to update".
big_code=bench-big
big_version=2.0.0
api 201 POST /api/v1/products \
  "{\"code\":\"$big_code\",\"nameEn\":\"Big\",\"nameFr\":\"Big\",\"nameNl\":\"Big\"}" "$token" > /dev/null
allowed+="\"$big_code\""
code=$(new_installation "$token" "$allowed")
api 200 POST /api/collector/v1/enroll \
  "{\"code\":\"$code\",\"machineName\":\"BENCH-PC\",\"os\":\"Windows 11 Pro\",\"appVersion\":\"$app_version\",\"plugins\":{$installed}}" \
  > "$work/enrolled.json"
installation=$(json_field installationId < "$work/enrolled.json")
credential=$(json_field credential < "$work/enrolled.json")
check_body="{\"appVersion\":\"$app_version\",\"plugins\":{$installed}}"

# --- 2. The decision: 200 application/jose, nothing to update, then 304 with its ETag.
itoken=$(installation_token)
curl -s -D "$work/check.headers" -o "$bytes_file" -w '%{http_code} %{content_type}\n' -X POST \
  -H "Authorization: Bearer $itoken" -H 'Content-Type: application/json' --data "$check_body" \
  "$base/api/collector/v1/update-check" > "$work/check.status"
read -r check_status check_type < "$work/check.status"
[ "$check_status" = 200 ] && [ "$check_type" = application/jose ] \
  || { echo "update check: expected 200 application/jose, got $check_status $check_type:"; cat "$bytes_file"; exit 1; }
etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' "$work/check.headers" | tr -d '\r')
[ -n "$etag" ] || { echo "update check: no ETag"; cat "$work/check.headers"; exit 1; }
python3 - "$bytes_file" << 'EOF' || exit 1
import base64, json, sys
jws = open(sys.argv[1]).read()
part = jws.split(".")[1]
payload = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
actions = {p["id"]: p["action"] for p in payload["plugins"]}
if payload.get("app") is not None or any(a != "keep" for a in actions.values()) or len(actions) < 10:
    print("the decision is not 'nothing to update':", json.dumps(payload))
    sys.exit(1)
EOF
not_modified=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $itoken" \
  -H 'Content-Type: application/json' -H "If-None-Match: $etag" --data "$check_body" \
  "$base/api/collector/v1/update-check")
[ "$not_modified" = 304 ] || { echo "update check with If-None-Match: expected 304, got $not_modified"; exit 1; }
decision_bytes=$(stat -c %s "$bytes_file")
bare=$(curl -s -X POST -H 'Content-Type: application/json' --data "$check_body" \
  -w '\n%{http_code} %{content_type}' "$base/bench/decision")
[ "$(tail -1 <<< "$bare")" = "200 application/jose" ] && [ "$(head -1 <<< "$bare")" = "$(cat "$bytes_file")" ] \
  || { echo "bare servlet: unexpected answer: $bare"; tail -20 "$work/portal.log"; exit 1; }

# --- nginx: the same bytes as static files, POST answered like GET.
nginx_port=$(free_port)
cat > "$work/nginx.conf" << EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx-body;
  types { application/jose jws; application/zip zip; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    # The static module refuses POST with 405; answer it with the file, as for GET.
    error_page 405 =200 \$uri;
  }
}
EOF
[ "$(id -u)" = 0 ] && sed -i '1i user root;' "$work/nginx.conf"
"$nginx_bin" -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
nginx_base=http://127.0.0.1:$nginx_port
for _ in $(seq 1 50); do curl -fs -o /dev/null "$nginx_base/decision.jws" && break; sleep 0.1; done
static=$(curl -s -X POST -H 'Content-Type: application/json' --data "$check_body" \
  -w '\n%{http_code} %{content_type}' "$nginx_base/decision.jws")
[ "$(tail -1 <<< "$static")" = "200 application/jose" ] && [ "$(head -1 <<< "$static")" = "$(cat "$bytes_file")" ] \
  || { echo "nginx: unexpected answer: $static"; cat "$work/nginx-error.log"; exit 1; }

# --- 3. Load. wrk script: POST the check body (with the installation's token when given); done()
# prints requests, duration (µs), status >= 400 count, socket errors, p50 and p99 (µs), bytes.
write_lua() {
  local authorization=""
  [ -n "$1" ] && authorization="wrk.headers[\"Authorization\"] = \"Bearer $1\""
  cat > "$work/post.lua" << EOF
wrk.method = "POST"
wrk.body = '$check_body'
wrk.headers["Content-Type"] = "application/json"
$authorization
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50),
    latency:percentile(99), summary.bytes))
end
EOF
}
# run_wrk <connections> <seconds> <url> [lua script]: runs wrk and sets requests duration bad errors
# p50 p99 bytes from its RESULT line.
run_wrk() {
  local args=(-t2 -c"$1" -d"$2s" --timeout 30s --latency)
  [ -n "${4:-}" ] && args+=(-s "$4")
  wrk "${args[@]}" "$3" > "$work/wrk.out" 2> "$work/wrk.err" \
    || { echo "wrk failed:"; cat "$work/wrk.out" "$work/wrk.err"; exit 1; }
  read -r requests duration bad errors p50 p99 bytes < <(sed -n 's/^RESULT //p' "$work/wrk.out") || true
  [ -n "${bytes:-}" ] || { echo "no result from wrk:"; cat "$work/wrk.out" "$work/wrk.err"; exit 1; }
}
declare -A rps p50s p99s
# target <key> <label> <url> <with installation token: yes|no>: warm-up, then the measured run.
target() {
  local key=$1 label=$2 url=$3
  [ "$4" = yes ] && write_lua "$(installation_token)" || write_lua ""
  run_wrk 32 "$warmup" "$url" "$work/post.lua"
  [ "$4" = yes ] && write_lua "$(installation_token)"
  [ "$key" = a ] && [ -n "${BENCH_PROFILE:-}" ] \
    && jcmd "$portal" JFR.start name=bench settings=profile filename="$work/a.jfr" > /dev/null
  run_wrk 32 "$measured" "$url" "$work/post.lua"
  if [ "$key" = a ] && [ -n "${BENCH_PROFILE:-}" ]; then
    jcmd "$portal" JFR.stop name=bench > /dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$work/a.jfr" > "$BENCH_PROFILE.stacks"
    jfr print --events jdk.JavaMonitorEnter,jdk.ThreadPark,jdk.JavaMonitorWait,jdk.SocketRead --stack-depth 64 "$work/a.jfr" > "$BENCH_PROFILE.waits"
    python3 bench/jfr_top.py 150 < "$BENCH_PROFILE.stacks" > "$BENCH_PROFILE"
    jfr print --events jdk.CPULoad,jdk.GarbageCollection,jdk.ThreadCPULoad "$work/a.jfr" > "$BENCH_PROFILE.cpu"
  fi
  rps[$key]=$(echo "$requests * 1000000 / $duration" | bc -l)
  p50s[$key]=$(echo "$p50 / 1000" | bc -l)
  p99s[$key]=$(echo "$p99 / 1000" | bc -l)
  printf '%-44s %9.0f req/s %7.2f ms p50 %7.2f ms p99 %6d non-2xx/3xx %5d socket errors %8d requests %5.0f B/response\n' \
    "$label" "${rps[$key]}" "${p50s[$key]}" "${p99s[$key]}" "$bad" "$errors" "$requests" \
    "$(echo "$bytes / $requests" | bc -l)"
}
met() { if [ "$(echo "$1" | bc -l)" = 1 ]; then echo MET; else echo "NOT MET"; fi; }

# BENCH_ONLY=download skips the update-check targets (a)-(c), for a quick look at downloads.
if [ "${BENCH_ONLY:-}" != download ]; then
echo "update check, POST /api/collector/v1/update-check, $plugins plugins installed, nothing to update"
echo "(decision: $decision_bytes bytes; wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}') -t2 -c32, $warmup s warm-up discarded, then $measured s measured; $(nproc) cores)"
echo "(load average before the run: $load_at_start)"
# Unloaded latency of one request (median of 50 sequential curl calls), as a sanity check.
single_ms() {
  local token=$1 url=$2 i
  for i in $(seq 50); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' \
      ${token:+-H "Authorization: Bearer $token"} --data "$check_body" "$url"
  done | sort -n | sed -n 25p | awk '{printf "%.2f", $1 * 1000}'
}
echo "(one request at a time, median: (a) $(single_ms "$(installation_token)" "$base/api/collector/v1/update-check") ms, (b) $(single_ms "" "$base/bench/decision") ms)"
# The server's JIT settles only minutes after boot, and (a) runs first: warm the portal's paths of
# (a) and (b) once before any target's own warm-up, so the first target measured is not the one
# that pays for compiling the server's common request path.
echo "(server warm-up before the targets: (a) then (b), $warmup s each, discarded)"
write_lua "$(installation_token)"
run_wrk 32 "$warmup" "$base/api/collector/v1/update-check" "$work/post.lua"
write_lua ""
run_wrk 32 "$warmup" "$base/bench/decision" "$work/post.lua"
target a "(a) update check as the installation" "$base/api/collector/v1/update-check" yes
target b "(b) bare servlet, same bytes, same Payara" "$base/bench/decision" no
target c "(c) nginx static file, same bytes" "$nginx_base/decision.jws" no
printf 'ratio a/b: %.1f%%   ratio a/c: %.1f%%   (nginx: worker_processes auto = %s workers)\n' \
  "$(echo "100 * ${rps[a]} / ${rps[b]}" | bc -l)" "$(echo "100 * ${rps[a]} / ${rps[c]}" | bc -l)" "$(nproc)"
echo "goal (a) >= 33% of (b): $(met "${rps[a]} >= 0.33 * ${rps[b]}")"
echo "goal p99(a) < 20 ms: $(met "${p99s[a]} < 20")"
fi

# --- 4. Download of a ~50 MB package as the installation vs nginx, then a resumed download.
token=$(admin_token)  # the first one may be near its end (10 min)
plugin_zip "$work/www/big.zip" "$big_code" "$big_version" "$big_mb"
release_sha=$(publish "$big_code" "$big_version" "$work/www/big.zip" | json_field sha256)
[ "$release_sha" = "$(sha256sum "$work/www/big.zip" | cut -d' ' -f1)" ] \
  || { echo "the release's sha256 is not the package's"; exit 1; }
size=$(stat -c %s "$work/www/big.zip")
cat > "$work/get.lua" << 'EOF'
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50),
    latency:percentile(99), summary.bytes))
end
EOF
declare -A mbs
# download <key> <label> <url> <with installation token: yes|no>: 10 s warm-up, then 20 s measured.
download() {
  local key=$1 label=$2 url=$3 lua=$work/get.lua
  if [ "$4" = yes ]; then
    { echo "wrk.headers[\"Authorization\"] = \"Bearer $(installation_token)\""; cat "$work/get.lua"; } > "$work/get-auth.lua"
    lua=$work/get-auth.lua
  fi
  run_wrk 4 10 "$url" "$lua"
  run_wrk 4 20 "$url" "$lua"
  mbs[$key]=$(echo "$bytes / $duration" | bc -l)  # bytes per µs = MB/s
  printf '%-44s %9.1f MB/s %7.0f ms p50 %6d non-2xx/3xx %5d socket errors %6d downloads\n' \
    "$label" "${mbs[$key]}" "$(echo "$p50 / 1000" | bc -l)" "$bad" "$errors" "$requests"
  [ "$bad" = 0 ] && [ "$errors" = 0 ] || { echo "$label: failed downloads"; cat "$work/wrk.out"; exit 1; }
}
echo
echo "download of a $((size / 1000000)) MB plugin package (wrk -t2 -c4, 10 s warm-up, then 20 s measured)"
download portal "portal, GET /api/collector/v1/plugins/…" "$base/api/collector/v1/plugins/$big_code/$big_version" yes
download nginx "nginx, same file" "$nginx_base/big.zip" no
printf 'ratio portal/nginx: %.1f%%\n' "$(echo "100 * ${mbs[portal]} / ${mbs[nginx]}" | bc -l)"
echo "goal >= 80% of nginx: $(met "${mbs[portal]} >= 0.8 * ${mbs[nginx]}")"

half=$((size / 2))
itoken=$(installation_token)
url="$base/api/collector/v1/plugins/$big_code/$big_version"
first=$(curl -s -o "$work/part1" -w '%{http_code}' -H "Authorization: Bearer $itoken" -H "Range: bytes=0-$half" "$url")
rest=$(curl -s -o "$work/part2" -w '%{http_code}' -H "Authorization: Bearer $itoken" -H "Range: bytes=$((half + 1))-" "$url")
resumed_sha=$(cat "$work/part1" "$work/part2" | sha256sum | cut -d' ' -f1)
if [ "$first $rest" = "206 206" ] && [ "$resumed_sha" = "$release_sha" ]; then
  echo "resumed download: OK (sha256 matches; bytes 0-$half then $((half + 1))-, both 206)"
else
  echo "resumed download: FAILED (statuses $first $rest, sha256 $resumed_sha, release $release_sha)"
  exit 1
fi

kill "$nginx_pid" "$portal"; wait "$nginx_pid" "$portal" 2>/dev/null || true
echo "(load average at the end, including this run's own load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $((SECONDS - started)) s)"
