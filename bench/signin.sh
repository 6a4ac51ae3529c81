#!/usr/bin/env bash
# Measures password sign-in throughput of POST /api/v1/auth/token (8 bench users with correct
# passwords, round robin; 10 s warm-up, then 20 s at concurrency 8 and 20 s at concurrency 2) and
# prints sign-ins/s, mean and p99 latency and the non-200 count (must be 0). Baseline, measured in
# the same run: the time of one PBKDF2-HMAC-SHA256 hash at the portal's cost (210000 iterations,
# 256-bit key, 16-byte salt, as PasswordHasher does it) and the sign-ins/s that allows at most on
# 2 cores (2 / hash time), plus what two threads really hash per second here.
# Usage: bench/signin.sh   (builds the launcher if missing; uses the embedded PostgreSQL; installs
# wrk from Debian's packages if it is absent, which needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-launcher/target/portal-launcher.jar
[ -f "$jar" ] || mvn -q -B install -DskipTests -DskipITs
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
source bench/lib.sh
need_tool wrk wrk

users=8
user_password() { echo "Bench-password-$1-changed"; }

# --- Baseline: one hash, before the portal starts so that it has the machine to itself.
hash_line=$(java bench/PasswordHashTime.java 210000)
read -r median_ms mean_ms min_ms parallel2 <<< "$(sed -E 's/[a-z0-9_]+=//g' <<< "$hash_line")"
[ -n "${parallel2:-}" ] || { echo "unexpected output of PasswordHashTime: $hash_line"; exit 1; }

# --- Portal on an empty data directory (no account of this run is required to use two-step
# sign-in: password sign-ins are measured).
start_portal

# --- Bench users: a partner organization with $users users whose initial password is changed.
change_password "$admin_email" "$admin_initial" "$admin_password"
token=$(admin_token)
vendor_org=$(api 200 GET /api/v1/me "" "$token" | json_field user.organizationId)
partner=$(api 201 POST /api/v1/organizations "{\"parentId\":$vendor_org,\"name\":\"Bench partner\"}" "$token" \
  | json_field id)
lua_bodies=""
for n in $(seq 1 "$users"); do
  email="bench-$n@example.test"
  api 201 POST /api/v1/users "{\"organizationId\":$partner,\"email\":\"$email\",\"displayName\":\"Bench $n\",\"language\":\"en\",\"roles\":[\"PARTNER_USER\"],\"initialPassword\":\"Initial-password-$n-123\"}" \
    "$token" > /dev/null
  change_password "$email" "Initial-password-$n-123" "$(user_password "$n")"
  api 200 POST /api/v1/auth/token "{\"email\":\"$email\",\"password\":\"$(user_password "$n")\"}" > /dev/null
  lua_bodies+="  '{\"email\":\"$email\",\"password\":\"$(user_password "$n")\"}',"$'\n'
done

# --- wrk script: POST the users' credentials round robin, count every status other than 200.
cat > "$work/signin.lua" << EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {
$lua_bodies}
local threads = {}
local next_id = 1
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end
function init(args)
  turn = id
  non200 = 0
end
function request()
  turn = turn % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[turn])
end
function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    if non200 <= 3 then io.stderr:write("status " .. status .. ": " .. body .. "\n") end
  end
end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non200") end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %.0f %d\n", summary.requests, summary.duration,
    bad, e.connect + e.read + e.write + e.timeout, latency.mean, latency:percentile(99)))
end
EOF

# load <label> <connections> <seconds>: runs wrk and prints one result line; fails on any
# non-200 response or socket error.
load() {
  local label=$1 connections=$2 seconds=$3 requests duration bad errors mean p99
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s "$work/signin.lua" \
    "$base/api/v1/auth/token" > "$work/wrk.out" 2> "$work/wrk.err" \
    || { echo "wrk failed:"; cat "$work/wrk.out" "$work/wrk.err"; exit 1; }
  read -r requests duration bad errors mean p99 < <(sed -n 's/^RESULT //p' "$work/wrk.out")
  [ -n "${p99:-}" ] || { echo "$label: no result from wrk:"; cat "$work/wrk.out" "$work/wrk.err"; exit 1; }
  if [ "$label" != warm-up ]; then
    printf '%-16s %8.1f sign-ins/s %8.0f ms mean %8.0f ms p99 %8d non-200 %6d requests\n' "$label" \
      "$(echo "$requests * 1000000 / $duration" | bc -l)" "$(echo "$mean / 1000" | bc -l)" \
      "$(echo "$p99 / 1000" | bc -l)" "$bad" "$requests"
  fi
  if [ "$bad" != 0 ] || [ "$errors" != 0 ]; then
    echo "$label: $bad non-200 responses, $errors socket errors (connect/read/write/timeout):"
    cat "$work/wrk.err" "$work/wrk.out"
    exit 1
  fi
}

echo "password sign-in, POST /api/v1/auth/token, $users users round robin, wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
echo "(load average before the run: $load_at_start; $(nproc) cores)"
load warm-up 8 10
load "concurrency 8" 8 20
load "concurrency 2" 2 20
kill "$portal"; wait "$portal" 2>/dev/null || true

printf 'baseline: one PBKDF2 hash (210000 iterations): %.1f ms (median of 20; mean %.1f, min %.1f); 2 cores → at most %.1f sign-ins/s\n' \
  "$median_ms" "$mean_ms" "$min_ms" "$(echo "2000 / $median_ms" | bc -l)"
printf 'baseline: 2 threads hashing side by side here: %.1f hashes/s\n' "$parallel2"
echo "(load average at the end, including this run's own load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
