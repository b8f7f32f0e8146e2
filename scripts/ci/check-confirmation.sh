#!/usr/bin/env bash
# Guards destroy.yml: the operator must type the exact phrase "destroy <environment>".
# Anything else (a typo, the wrong environment, an empty field) stops the run before any
# cloud credentials are even requested.
#
#   CONFIRMATION="destroy dev" ENVIRONMENT=dev scripts/ci/check-confirmation.sh
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

environment="${ENVIRONMENT:-dev}"
expected="destroy ${environment}"
if [ "${CONFIRMATION:-}" != "$expected" ]; then
  die "to destroy '${environment}', type exactly: ${expected}"
fi
log "confirmed: ${expected}"
