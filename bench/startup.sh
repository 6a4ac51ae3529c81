#!/usr/bin/env bash
# Starts the portal 3 times (first start on an empty data directory, then restarts on it) and
# prints, for each, the time from the command to "ready" (/health/ready answers 200 and the app is
# deployed) and the resident memory at ready and after 10 s idle. Baseline, measured in the same
# run: a bare Payara Micro of the same version with nothing deployed.
# Usage: bench/startup.sh   (builds the launcher if missing; uses the embedded PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-launcher/target/portal-launcher.jar
[ -f "$jar" ] || mvn -q -B install -DskipTests -DskipITs
micro=$(ls portal-launcher/target/lib/payara-micro-*.jar)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
rss_mib() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
now_ms() { date +%s%3N; }

# measure <label> <log> <ready-url> <ready-text> -- command...  (ready: the URL answers 2xx and
# the log shows the text; a URL prefixed with "any:" only needs an HTTP answer)
measure() {
  local label=$1 log=$2 url=$3 text=$4; shift 5
  local curl_flags=-fs
  if [[ $url == any:* ]]; then url=${url#any:}; curl_flags=-s; fi
  local start; start=$(now_ms)
  "$@" > "$log" 2>&1 &
  local pid=$!
  until curl $curl_flags -o /dev/null "$url" 2>/dev/null && grep -q "$text" "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: process died, see $log"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  local ready=$(( $(now_ms) - start )) rss_ready; rss_ready=$(rss_mib "$pid")
  sleep 10
  printf '%-28s %8.1f s %10s MiB %10s MiB\n' "$label" "$(echo "$ready/1000" | bc -l)" "$rss_ready" "$(rss_mib "$pid")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

printf '%-28s %10s %14s %14s\n' "run" "ready" "RSS at ready" "RSS idle 10s"
port=$(free_port)
# A bare Payara Micro has no /health until something is deployed: its own "ready" line decides.
measure "baseline: bare Payara Micro" "$work/micro.log" "any:http://localhost:$port/" "ready in" -- \
  java -Xmx512m -jar "$micro" --nocluster --port "$port"
for run in 1 2 3; do
  port=$(free_port)
  label="portal run $run"; [ "$run" = 1 ] && label="portal run 1 (first start)"
  measure "$label" "$work/portal-$run.log" "http://localhost:$port/health/ready" "Collector Portal ready" -- \
    env PORTAL_PORT="$port" PORTAL_DATA_DIR="$work/data" PORTAL_DB_URL= \
    java -Xmx512m -jar "$jar"
done
echo "(load average now: $(cut -d' ' -f1-3 /proc/loadavg); 2 cores)"
