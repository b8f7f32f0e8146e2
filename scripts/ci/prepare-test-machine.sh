#!/usr/bin/env bash
# Makes a fresh GitHub container (node:20 on Debian 12, root) look like the project's own
# machines before the README's test command runs, by adding only what those machines come
# with preinstalled (environment.md) and the tests rely on:
#   - npm 11 (the lock file and Vite 8 expect it; the node image ships npm 10);
#   - the hashicorp/aws provider as a filesystem mirror at /opt/tf-plugins, because the
#     Terraform tests run `terraform init -plugin-dir=/opt/tf-plugins` (no registry there).
# terraform and kubectl themselves come from pinned setup actions in ci.yml.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

NPM_VERSION="${NPM_VERSION:-11.19.1}"
AWS_PROVIDER_VERSION="${AWS_PROVIDER_VERSION:-5.100.0}"
PLUGIN_DIR="${PLUGIN_DIR:-/opt/tf-plugins}"

if [ "$(npm --version | cut -d. -f1)" != "11" ]; then
  log "installing npm ${NPM_VERSION}"
  npm install --global --no-audit --no-fund "npm@${NPM_VERSION}"
fi

provider_dir="${PLUGIN_DIR}/registry.terraform.io/hashicorp/aws/${AWS_PROVIDER_VERSION}"
if [ ! -d "$provider_dir" ]; then
  log "mirroring hashicorp/aws ${AWS_PROVIDER_VERSION} into ${PLUGIN_DIR}"
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  cat >"${scratch}/versions.tf" <<TF
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "= ${AWS_PROVIDER_VERSION}"
    }
  }
}
TF
  # The plugin cache stores providers in the unpacked layout that -plugin-dir reads,
  # exactly as on the project's machines.
  mkdir -p "$PLUGIN_DIR"
  TF_PLUGIN_CACHE_DIR="$PLUGIN_DIR" CHECKPOINT_DISABLE=1 \
    terraform -chdir="$scratch" init -backend=false -input=false >/dev/null
fi
log "test machine ready: npm $(npm --version), $(terraform version | head -n 1)"
