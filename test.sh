#!/usr/bin/env bash
# Runs every test: unit tests, the Arquillian test on Payara Micro, and the HTTP and browser tests
# against one portal started for the run (on the PostgreSQL of PORTAL_DB_URL when set, in a fresh
# database; else on an embedded PostgreSQL). Installs Debian's Chromium for the browser tests and
# Node.js with npm for the Azure Blob tests (they install and start Azurite themselves).
set -euo pipefail
cd "$(dirname "$0")"
missing=()
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  missing+=(chromium chromium-driver)
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
fi
exec mvn -B verify "$@"
