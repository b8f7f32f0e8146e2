#!/usr/bin/env bash
# Last step of destroy.yml: plans the destroy, lists every resource it will remove on the
# run's summary page, then applies exactly that plan. On EKS it runs only after
# delete-app-eks.sh and remove-lb-controller.sh, so no controller-made load balancer is
# left to block the VPC.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

tf_dir="${TF_DIR:-deploy/terraform/envs/dev}"
export TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1

bash "$(dirname "$0")/terraform-init.sh"
terraform -chdir="$tf_dir" plan -destroy -input=false -out=destroy.tfplan
removed="$(terraform -chdir="$tf_dir" show -json destroy.tfplan |
  jq -r '.resource_changes[]? | select(.change.actions == ["delete"]) | .address')"
terraform -chdir="$tf_dir" apply -input=false destroy.tfplan

count="$(grep -c . <<<"$removed" || true)"
summary "### Removed by Terraform (${count} resources)" "" '```' "${removed:-nothing was left}" '```'
