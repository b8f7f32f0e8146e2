#!/usr/bin/env bash
# Fails on HIGH or CRITICAL advisories in the dependencies that ship (the server's
# production tree; dev tools never reach the image). Keeps the full JSON report for the
# run's artifacts either way.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

REPORT_DIR="${REPORT_DIR:-reports}"
mkdir -p "$REPORT_DIR"

# npm audit reads package-lock.json; no install needed. The JSON run never fails the step
# by itself: the gate below decides, with a readable report in the log.
npm audit --omit=dev --json >"${REPORT_DIR}/npm-audit.json" || true
if npm audit --omit=dev --audit-level=high; then
  summary "npm audit (production dependencies): no HIGH or CRITICAL advisories"
else
  summary "npm audit (production dependencies): HIGH or CRITICAL advisories, see the job log"
  exit 1
fi
