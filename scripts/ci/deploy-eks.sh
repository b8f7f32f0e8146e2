#!/usr/bin/env bash
# Ships IMAGE_REF to the EKS cluster the current kubeconfig points at: sets the image in a
# copy of the Kustomize overlay (the checkout stays clean), applies it, and waits for the
# rollout. A rollout that does not complete is undone before the step fails, so the
# cluster keeps serving the previous version.
#
#   IMAGE_REF        <ecr repository url>:<full commit sha>
#   OVERLAY          default deploy/k8s/overlays/dev
#   ROLLOUT_TIMEOUT  default 10m
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env IMAGE_REF
overlay="${OVERLAY:-deploy/k8s/overlays/dev}"
namespace=netflix-clone
deployment="deployment/netflix-clone"
[[ "$overlay" == deploy/k8s/* ]] || die "OVERLAY must be under deploy/k8s (got '${overlay}')"
[ -f "${overlay}/kustomization.yaml" ] || die "no kustomization.yaml in ${overlay}"
command -v kustomize >/dev/null || die "kustomize is needed for 'kustomize edit set image' (GitHub's Ubuntu runners ship it)"

# The whole deploy/k8s tree is copied so the overlay's relative references still resolve.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R deploy/k8s "${work}/k8s"
edited="${work}/k8s/${overlay#deploy/k8s/}"
(cd "$edited" && kustomize edit set image "netflix-clone=${IMAGE_REF}")

kubectl apply -k "$edited"
if ! kubectl --namespace "$namespace" rollout status "$deployment" --timeout="${ROLLOUT_TIMEOUT:-10m}"; then
  log "the rollout of ${IMAGE_REF} did not complete: rolling back"
  # A first deploy has no earlier revision to return to; that is reported, not hidden.
  if kubectl --namespace "$namespace" rollout undo "$deployment"; then
    kubectl --namespace "$namespace" rollout status "$deployment" --timeout=5m || true
  fi
  die "rollout of ${IMAGE_REF} failed; the Deployment was rolled back"
fi
summary "- EKS: ${deployment} in ${namespace} now runs \`${IMAGE_REF}\`"
