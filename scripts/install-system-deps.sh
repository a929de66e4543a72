#!/usr/bin/env bash
# System packages the test suite needs beyond Node 20 + npm: Debian's Chromium for the
# browser tests (playwright-core drives /usr/bin/chromium; no browser download) and
# redis-server for the batch-queue tests (the tests start their own instance).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "installing Debian packages for the tests: ${missing[*]}..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
