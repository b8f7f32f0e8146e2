#!/usr/bin/env bash
# Points the ECS service back at the task definition it ran before this deploy (used when
# the smoke test fails after the service reported stable).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env ECS_CLUSTER_NAME ECS_SERVICE_NAME AWS_REGION PREVIOUS_TASK_DEFINITION
aws ecs --region "$AWS_REGION" update-service --cluster "$ECS_CLUSTER_NAME" \
  --service "$ECS_SERVICE_NAME" --task-definition "$PREVIOUS_TASK_DEFINITION" >/dev/null
aws ecs --region "$AWS_REGION" wait services-stable --cluster "$ECS_CLUSTER_NAME" \
  --services "$ECS_SERVICE_NAME"
summary "- ECS: rolled ${ECS_SERVICE_NAME} back to ${PREVIOUS_TASK_DEFINITION##*/} after a failed smoke test"
