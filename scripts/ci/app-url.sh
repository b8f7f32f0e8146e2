#!/usr/bin/env bash
# The app's public address for the smoke test and the environment's link: on EKS the
# Ingress's ALB (EKS_URL, from eks-app-url.sh); on ECS the ALB that Terraform made
# (ECS_DNS_NAME, Terraform's load_balancer_dns_name). Output: url.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env DEPLOY_TARGET
case "$DEPLOY_TARGET" in
  eks)
    [ -n "${EKS_URL:-}" ] || die "no address for the EKS Ingress"
    url="$EKS_URL"
    ;;
  ecs)
    [ -n "${ECS_DNS_NAME:-}" ] || die "Terraform gave no load_balancer_dns_name for ECS"
    url="http://${ECS_DNS_NAME}"
    ;;
  *) die "DEPLOY_TARGET must be eks or ecs, got '${DEPLOY_TARGET}'" ;;
esac
set_output url "$url"
