# Helpers the bench scripts share: `source bench/lib.sh` from the repository's root, once $work
# (the run's scratch directory) is set. Not a script of its own.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
json_field() { python3 -c 'import json,sys; v=json.load(sys.stdin)
for k in sys.argv[1].split("."): v=v[k]
print(v)' "$1"; }

# need_tool <command> <Debian package>: installs the package when the command is missing (needs root).
need_tool() {
  command -v "$1" > /dev/null && return
  echo "installing $1 (Debian package $2) ..."
  { apt-get install -y -q "$2" || { apt-get update -q && apt-get install -y -q "$2"; }; } \
    > "$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; echo "$1 is missing and could not be installed (needs root)"; exit 1; }
}

# The bootstrap administrator of the portal started below, and the password it is given.
admin_email=admin@vendor.invalid
admin_initial="Initial-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
admin_password="Bench-admin-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"

# start_portal [NAME=value ...] [-java-option ...]: the launcher ($jar) at a free port on an empty
# data directory ($work/data) with the embedded PostgreSQL, no account required to use two-step
# sign-in, extra settings as environment variables; sets port, base and portal (its pid) and waits
# until it is ready (300 s at most). Its log: $work/portal.log.
start_portal() {
  local settings=() options=() arg
  for arg in "$@"; do
    case $arg in -*) options+=("$arg") ;; *) settings+=("$arg") ;; esac
  done
  port=$(free_port)
  base=http://127.0.0.1:$port
  env PORTAL_PORT="$port" PORTAL_DATA_DIR="$work/data" PORTAL_DB_URL= PORTAL_MFA_REQUIRED_FOR=NONE \
    PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$admin_initial" PORTAL_BOOTSTRAP_ADMIN_EMAIL="$admin_email" \
    "${settings[@]}" java -Xmx512m "${options[@]}" -jar "$jar" > "$work/portal.log" 2>&1 &
  portal=$!
  local deadline=$((SECONDS + 300))
  until curl -fs -o /dev/null "$base/health/ready" && grep -q "Collector Portal ready" "$work/portal.log"; do
    kill -0 "$portal" 2>/dev/null || { echo "portal died:"; tail -30 "$work/portal.log"; exit 1; }
    ((SECONDS < deadline)) || { echo "portal not ready after 300 s:"; tail -30 "$work/portal.log"; exit 1; }
    sleep 0.5
  done
}

# api <expected status> <method> <path> <json body or ""> [bearer token]: prints the response body,
# fails loudly on any other status.
api() {
  local expected=$1 method=$2 path=$3 body=$4 token=${5:-} status
  local args=(-s -o "$work/body" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(--data "$body")
  status=$(curl "${args[@]}" "$base$path") || status="curl-failed"
  if [ "$status" != "$expected" ]; then
    echo "$method $path: expected $expected, got $status:" >&2
    cat "$work/body" >&2; echo >&2
    exit 1
  fi
  cat "$work/body"
}
change_password() {
  api 204 POST /api/v1/auth/password \
    "{\"email\":\"$1\",\"currentPassword\":\"$2\",\"newPassword\":\"$3\"}" > /dev/null
}
# admin_token: an access token of the administrator (after change_password gave it $admin_password).
admin_token() {
  api 200 POST /api/v1/auth/token "{\"email\":\"$admin_email\",\"password\":\"$admin_password\"}" \
    | json_field accessToken
}

# new_installation <admin token> <allowed plugins, JSON strings comma-separated>: a partner and a
# customer under the vendor, subscribed to a monthly plan allowing those plugins, and an
# installation of that customer; prints its one-time enrollment code.
new_installation() {
  local token=$1 vendor plan partner customer
  vendor=$(api 200 GET /api/v1/me "" "$token" | json_field user.organizationId)
  plan=$(api 201 POST /api/v1/plans \
    "{\"code\":\"bench-plan\",\"nameEn\":\"Bench\",\"nameFr\":\"Bench\",\"nameNl\":\"Bench\",\"terms\":{\"term\":\"MONTHLY\",\"allowedPlugins\":[$2]}}" \
    "$token" | json_field id)
  partner=$(api 201 POST /api/v1/organizations "{\"parentId\":$vendor,\"name\":\"Bench partner\"}" "$token" \
    | json_field id)
  customer=$(api 201 POST /api/v1/organizations "{\"parentId\":$partner,\"name\":\"Bench customer\"}" "$token" \
    | json_field id)
  api 201 POST /api/v1/subscriptions "{\"customerId\":$customer,\"planId\":$plan,\"autoRenew\":true}" "$token" > /dev/null
  api 201 POST /api/v1/installations "{\"customerId\":$customer,\"name\":\"Bench PC\"}" "$token" | json_field code
}
