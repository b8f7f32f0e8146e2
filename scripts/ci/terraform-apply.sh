#!/usr/bin/env bash
# Terraform for the deploy and destroy workflows, then its outputs as step outputs.
#
#   TERRAFORM_MODE=apply  init, plan to a file, apply exactly that plan (deploy.yml)
#   TERRAFORM_MODE=read   init and read the outputs only (rollback, destroy.yml)
#
# Outputs: every Terraform output the pipeline uses (cluster_name, ecr_repository_url,
# ecs_cluster_name, ecs_service_name, load_balancer_dns_name, region; null is ""), and
# deploy_target: eks when the state has a cluster, else ecs.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

mode="${TERRAFORM_MODE:-apply}"
tf_dir="${TF_DIR:-deploy/terraform/envs/dev}"
export TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1

case "$mode" in
  apply)
    require_env TF_VAR_deploy_target
    [[ "${TF_VAR_deploy_target:-}" =~ ^(eks|ecs)$ ]] || die "deploy target must be eks or ecs, got '${TF_VAR_deploy_target}'"
    bash "$(dirname "$0")/terraform-init.sh"
    terraform -chdir="$tf_dir" plan -input=false -out=deploy.tfplan
    terraform -chdir="$tf_dir" apply -input=false deploy.tfplan
    ;;
  read) bash "$(dirname "$0")/terraform-init.sh" ;;
  *) die "TERRAFORM_MODE must be apply or read, got '${mode}'" ;;
esac

outputs="$(terraform -chdir="$tf_dir" output -json)"
for name in cluster_name ecr_repository_url ecs_cluster_name ecs_service_name load_balancer_dns_name region; do
  set_output "$name" "$(jq -r --arg name "$name" '.[$name].value // ""' <<<"$outputs")"
done
if [ -n "$(jq -r '.cluster_name.value // ""' <<<"$outputs")" ]; then
  deployed=eks
else
  deployed=ecs
fi
if [ "$mode" = apply ] && [ "$deployed" != "$TF_VAR_deploy_target" ]; then
  die "asked for ${TF_VAR_deploy_target} but Terraform's outputs describe ${deployed}"
fi
set_output deploy_target "$deployed"
