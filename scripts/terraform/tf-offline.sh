#!/usr/bin/env bash
# Runs Terraform the way the offline checks need it: providers only from the local mirror
# (the registry is unreachable on our machines), no update checks, no AWS credentials.
#
#   tf-offline.sh preflight             is terraform >= 1.11 here, with hashicorp/aws 5.100.x mirrored?
#   tf-offline.sh fmt DIR               terraform fmt -check -recursive DIR
#   tf-offline.sh validate DIR          init -backend=false from the mirror, then validate
#   tf-offline.sh test DIR              init -backend=false from the mirror, then terraform test
#   tf-offline.sh plan-json DIR OUT [terraform plan args...]
#                                       plan with fake credentials and the provider's skip_*
#                                       flags, then `terraform show -json` into OUT. Writes an
#                                       override file into DIR, so DIR must be a throwaway copy.
#
# TF_PLUGIN_MIRROR overrides the mirror directory (default /opt/tf-plugins).
# Exit status: terraform's own, or 3 when terraform or the mirror is missing.
set -euo pipefail

readonly mirror="${TF_PLUGIN_MIRROR:-/opt/tf-plugins}"
readonly aws_provider_dir="$mirror/registry.terraform.io/hashicorp/aws"
repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
readonly repo_root

die() {
  echo "tf-offline: $*" >&2
  exit 2
}

missing() {
  {
    echo "################################################################################"
    echo "# TERRAFORM CHECKS CANNOT RUN: $*"
    echo "# Needed: terraform >= 1.11 on PATH and the hashicorp/aws 5.100.x provider in a"
    echo "# filesystem mirror at $mirror (set TF_PLUGIN_MIRROR to use another)."
    echo "################################################################################"
  } >&2
  exit 3
}

preflight() {
  command -v terraform >/dev/null 2>&1 || missing "terraform is not on PATH"
  local version
  version="$(terraform version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([0-9.]*\)".*/\1/p')"
  [[ "$version" =~ ^1\.(1[1-9]|[2-9][0-9])\. ]] || missing "terraform ${version:-of unknown version} is older than 1.11"
  compgen -G "$aws_provider_dir/5.100.*/linux_amd64/terraform-provider-aws_*" >/dev/null ||
    missing "no hashicorp/aws 5.100.x provider under $aws_provider_dir"
  echo "terraform $version; hashicorp/aws from $mirror"
}

# A private CLI configuration: no checkpoint calls, and no "missing ~/.terraformrc" warning.
use_private_cli_config() {
  local config
  config="$(mktemp)"
  echo 'disable_checkpoint = true' >"$config"
  # shellcheck disable=SC2064 # expand now: the path is fixed
  trap "rm -f '$config'" EXIT
  export TF_CLI_CONFIG_FILE="$config"
  export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0
}

# Whatever credentials the caller has, these commands must never reach a real account.
use_fake_aws_credentials() {
  unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_ROLE_ARN AWS_WEB_IDENTITY_TOKEN_FILE
  export AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE"
  export AWS_SECRET_ACCESS_KEY="offline-plan-fake-secret-key"
  export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
  export AWS_EC2_METADATA_DISABLED=true
}

init_from_mirror() {
  terraform -chdir="$1" init -backend=false -input=false -no-color -plugin-dir="$mirror" >/dev/null
}

plan_json() {
  local dir="$1" out="$2"
  shift 2
  dir="$(cd "$dir" && pwd)"
  case "$dir/" in
  "$repo_root"/*) die "plan-json writes override files into $dir; run it on a copy outside the repository" ;;
  esac
  # Override files replace blocks of the real configuration for this run only: a local
  # backend instead of S3, and a provider that never calls AWS to check credentials,
  # account or region. Nothing else of the configuration changes.
  cat >"$dir/zz_offline_plan_override.tf" <<'HCL'
terraform {
  backend "local" {}
}

provider "aws" {
  allowed_account_ids         = null
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
HCL
  terraform -chdir="$dir" init -input=false -no-color -plugin-dir="$mirror" >/dev/null
  terraform -chdir="$dir" plan -input=false -no-color -lock=false -out=offline.tfplan "$@" >/dev/null
  terraform -chdir="$dir" show -json offline.tfplan >"$out"
}

main() {
  local command="${1:-}"
  [[ -n "$command" ]] || die "usage: $0 preflight | fmt DIR | validate DIR | test DIR | plan-json DIR OUT [plan args...]"
  shift
  use_private_cli_config
  use_fake_aws_credentials
  if [[ "$command" == preflight ]]; then
    preflight
    return
  fi
  preflight >/dev/null
  case "$command" in
  fmt) terraform fmt -check -recursive -diff -no-color "${1:?DIR}" ;;
  validate)
    init_from_mirror "${1:?DIR}"
    terraform -chdir="$1" validate -no-color
    ;;
  test)
    init_from_mirror "${1:?DIR}"
    terraform -chdir="$1" test -no-color
    ;;
  plan-json) plan_json "${1:?DIR}" "${2:?OUT}" "${@:3}" ;;
  *) die "unknown command: $command" ;;
  esac
}

main "$@"
