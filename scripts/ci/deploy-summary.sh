#!/usr/bin/env bash
# What this deploy shipped, on the run's summary page: where to find the app, and the
# exact image (tag and, when it was built in this run, digest) to roll back to later.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env IMAGE_REF APP_URL DEPLOY_TARGET
summary "### Deployed to dev (${DEPLOY_TARGET})" \
  "- app: ${APP_URL}" \
  "- image: \`${IMAGE_REF}\`" \
  "- digest: \`${IMAGE_DIGEST:-unchanged (image reused from ECR)}\`" \
  "- roll back to this version later: run Deploy with image_tag \`${IMAGE_REF##*:}\`"
