#!/usr/bin/env bash
# Returns the app's Deployment to its previous revision (used when the smoke test fails
# after a rollout that Kubernetes itself considered complete).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

namespace=netflix-clone
deployment="deployment/netflix-clone"
kubectl --namespace "$namespace" rollout undo "$deployment"
kubectl --namespace "$namespace" rollout status "$deployment" --timeout=10m
summary "- EKS: rolled ${deployment} back to its previous revision after a failed smoke test"
