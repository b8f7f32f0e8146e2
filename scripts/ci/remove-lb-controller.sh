#!/usr/bin/env bash
# Second step of a destroy on EKS: uninstalls the AWS Load Balancer Controller. It refuses
# while any Ingress or LoadBalancer Service is left, because without the controller their
# load balancers could never be cleaned up and would block `terraform destroy`.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

ingresses="$(kubectl get ingress --all-namespaces -o json |
  jq -r '.items[] | "ingress \(.metadata.namespace)/\(.metadata.name)"')"
lb_services="$(kubectl get service --all-namespaces -o json |
  jq -r '.items[] | select(.spec.type == "LoadBalancer") | "service \(.metadata.namespace)/\(.metadata.name)"')"
left="$(printf '%s\n%s' "$ingresses" "$lb_services" | sed '/^$/d')"
[ -z "$left" ] || die "not removing the controller while these still hold load balancers: ${left//$'\n'/, }"

helm uninstall aws-load-balancer-controller --namespace kube-system --ignore-not-found --wait --timeout 5m
summary "- AWS Load Balancer Controller uninstalled"
