#!/usr/bin/env bash
# Ships IMAGE_REF to the ECS service Terraform made: registers a new revision of the
# task definition family's latest revision with only the `app` container's image changed,
# updates the service and waits for it to be stable. The latest, not the one the service
# runs: when Terraform has since changed the task (its environment, its limits), its
# revision is the newest, and the deploy carries that change to the service. If it never stabilises, the service
# is pointed back at the previous revision before the step fails.
#
#   ECS_CLUSTER_NAME, ECS_SERVICE_NAME, AWS_REGION   from Terraform's outputs
#   IMAGE_REF                                        <ecr repository url>:<full commit sha>
# Output: previous_task_definition (for rollback-ecs.sh after a failed smoke test).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env ECS_CLUSTER_NAME ECS_SERVICE_NAME AWS_REGION IMAGE_REF
ecs() { aws ecs --region "$AWS_REGION" "$@"; }

previous="$(ecs describe-services --cluster "$ECS_CLUSTER_NAME" --services "$ECS_SERVICE_NAME" \
  --query 'services[0].taskDefinition' --output text)"
[[ "$previous" == arn:* ]] || die "service ${ECS_SERVICE_NAME} not found in cluster ${ECS_CLUSTER_NAME}"
set_output previous_task_definition "$previous"

# arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>
family="${previous##*/}"
family="${family%:*}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ecs describe-task-definition --task-definition "$family" --query taskDefinition >"${work}/current.json"
jq -e '[.containerDefinitions[] | select(.name == "app")] | length == 1' "${work}/current.json" >/dev/null ||
  die "the latest task definition of ${family} has no container named app"
# Only what register-task-definition accepts is kept; the read-only fields are dropped.
jq --arg image "$IMAGE_REF" '
  (.containerDefinitions[] | select(.name == "app") | .image) = $image
  | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
        .registeredAt, .registeredBy, .deregisteredAt)' "${work}/current.json" >"${work}/next.json"
next="$(ecs register-task-definition --cli-input-json "file://${work}/next.json" \
  --query 'taskDefinition.taskDefinitionArn' --output text)"
log "registered ${next}"

ecs update-service --cluster "$ECS_CLUSTER_NAME" --service "$ECS_SERVICE_NAME" \
  --task-definition "$next" >/dev/null
if ! ecs wait services-stable --cluster "$ECS_CLUSTER_NAME" --services "$ECS_SERVICE_NAME"; then
  log "service ${ECS_SERVICE_NAME} did not become stable on ${next}: rolling back to ${previous}"
  ecs update-service --cluster "$ECS_CLUSTER_NAME" --service "$ECS_SERVICE_NAME" \
    --task-definition "$previous" >/dev/null
  ecs wait services-stable --cluster "$ECS_CLUSTER_NAME" --services "$ECS_SERVICE_NAME" || true
  die "deploy of ${IMAGE_REF} to ECS failed; the service was rolled back to ${previous}"
fi
summary "- ECS: service ${ECS_SERVICE_NAME} runs \`${IMAGE_REF}\` (${next##*/})"
