#!/usr/bin/env bash
# Decides which image this deploy ships and whether it must be built.
#
#   REPOSITORY_URL  the ECR repository (Terraform output ecr_repository_url)
#   REQUESTED_TAG   optional: redeploy an image already in ECR (a rollback); its full
#                   commit SHA. Empty means "this commit" (GITHUB_SHA).
#
# Tags are always full commit SHAs, never `latest`: the repository's tags are immutable,
# so a tag names one build forever. If this commit's image is already there (a re-run),
# it is reused instead of pushed again, which ECR would refuse.
# Outputs: tag, ref (repository:tag), build (true when it must be built and pushed).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env REPOSITORY_URL AWS_REGION
tag="${REQUESTED_TAG:-${GITHUB_SHA:-}}"
[[ "$tag" =~ ^[0-9a-f]{40}$ ]] || die "image tag must be a full 40-character commit SHA, got '${tag}'"

repository_name="${REPOSITORY_URL#*/}"
if aws ecr describe-images --region "$AWS_REGION" --repository-name "$repository_name" \
  --image-ids "imageTag=${tag}" >/dev/null 2>&1; then
  exists=true
else
  exists=false
fi

if [ -n "${REQUESTED_TAG:-}" ] && [ "$exists" != true ]; then
  die "image ${REPOSITORY_URL}:${tag} is not in ECR; only images built by an earlier deploy can be redeployed"
fi

build=true
if [ "$exists" = true ]; then
  build=false
  log "${REPOSITORY_URL}:${tag} is already in ECR: deploying it as is"
fi
set_output tag "$tag"
set_output ref "${REPOSITORY_URL}:${tag}"
set_output build "$build"
