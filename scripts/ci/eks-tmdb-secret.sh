#!/usr/bin/env bash
# Creates or updates the optional Secret tmdb-credentials (key TMDB_ACCESS_TOKEN) from the
# GitHub environment's secret of the same name. Without it the app serves the offline
# catalog, so an unset token is not an error. The value goes through stdin, never argv.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

namespace=netflix-clone
if [ -z "${TMDB_ACCESS_TOKEN:-}" ]; then
  log "no TMDB_ACCESS_TOKEN secret in this environment: the app will serve its offline catalog"
  exit 0
fi
kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f -
printf '%s' "$TMDB_ACCESS_TOKEN" |
  kubectl --namespace "$namespace" create secret generic tmdb-credentials \
    --from-file=TMDB_ACCESS_TOKEN=/dev/stdin --dry-run=client -o yaml |
  kubectl apply -f -
log "secret ${namespace}/tmdb-credentials is up to date"
