#!/usr/bin/env bash
# Terraform for the deploy and destroy workflows, then its outputs as step outputs.
#
#   TERRAFORM_MODE=apply  init, plan to a file, apply exactly that plan (deploy.yml)
#   TERRAFORM_MODE=read   init and read the outputs only (rollback, destroy.yml)
#
# Switching targets destroys the running cluster or service, so before planning, apply
# refuses a TF_VAR_deploy_target other than the one in the state unless
# ALLOW_TARGET_SWITCH=true (deploy.yml's switch_target input). A fresh state allows any.
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

# deployed_target OUTPUTS_JSON: what the state runs (its deploy_target output; else eks
# with a cluster, ecs with an ECS cluster), or "" for a state that holds nothing yet.
deployed_target() {
  jq -r 'if (.deploy_target.value // "") != "" then .deploy_target.value
    elif (.cluster_name.value // "") != "" then "eks"
    elif (.ecs_cluster_name.value // "") != "" then "ecs"
    else "" end' <<<"$1"
}

case "$mode" in
  apply)
    require_env TF_VAR_deploy_target
    [[ "${TF_VAR_deploy_target:-}" =~ ^(eks|ecs)$ ]] || die "deploy target must be eks or ecs, got '${TF_VAR_deploy_target}'"
    bash "$(dirname "$0")/terraform-init.sh"
    current="$(deployed_target "$(terraform -chdir="$tf_dir" output -json)")"
    if [ -n "$current" ] && [ "$current" != "$TF_VAR_deploy_target" ]; then
      if [ "${ALLOW_TARGET_SWITCH:-false}" != true ]; then
        die "the environment runs on ${current} (Terraform state) but this run asks for ${TF_VAR_deploy_target}; applying would destroy the ${current} deployment. Set the DEPLOY_TARGET variable to ${current}, or switch on purpose: run Deploy by hand with target ${TF_VAR_deploy_target} and switch_target ticked (docs/deploy-aws.md)."
      fi
      log "switching the environment from ${current} to ${TF_VAR_deploy_target} (switch_target): the ${current} deployment will be destroyed"
    fi
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
