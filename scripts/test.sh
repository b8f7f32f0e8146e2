#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (run as root) and runs
# every test: lint, format, types, unit and API tests, browser end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

# Headless Chromium for the browser tests comes from Debian, never from a
# download by a test tool (our machines reach only npm and apt).
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

npm ci --no-audit --no-fund
npm run build
npm test
