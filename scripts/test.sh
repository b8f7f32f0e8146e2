#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (run as root) and runs
# every test: lint, format, types, unit and API tests, ops checks, browser end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages (browser, services, tools) listed in scripts/apt-packages/.
bash scripts/install-test-deps.sh

npm ci --no-audit --no-fund
npm run build
npm test
