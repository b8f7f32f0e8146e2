#!/usr/bin/env bash
# `terraform init` of the environment root against its remote state in S3 (the bucket
# made by deploy/terraform/bootstrap), with S3-native locking. The operator's first apply
# from a laptop must use the same bucket and key (docs/deploy-aws.md, "First deploy").
#
#   TF_STATE_BUCKET   the state bucket (GitHub variable)
#   AWS_REGION        the bucket's region
#   TF_STATE_KEY      default netflix-clone/dev/terraform.tfstate
#   TF_DIR            default deploy/terraform/envs/dev
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env TF_STATE_BUCKET AWS_REGION
tf_dir="${TF_DIR:-deploy/terraform/envs/dev}"
[ -d "$tf_dir" ] || die "no Terraform root at ${tf_dir}"

export TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1
terraform -chdir="$tf_dir" init -input=false -reconfigure \
  -backend-config="bucket=${TF_STATE_BUCKET}" \
  -backend-config="key=${TF_STATE_KEY:-netflix-clone/dev/terraform.tfstate}" \
  -backend-config="region=${AWS_REGION}" \
  -backend-config="use_lockfile=true" \
  -backend-config="encrypt=true"
