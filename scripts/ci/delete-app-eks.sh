#!/usr/bin/env bash
# First step of a destroy on EKS. Load balancers made by the AWS Load Balancer Controller
# are not in Terraform's state: left behind, they keep the VPC's subnets and security
# groups busy and `terraform destroy` fails with DependencyViolation. So, in this order:
#   1. delete the app's Ingress and Service (the controller deletes their ALB), then any
#      other Ingress or LoadBalancer Service in the cluster, waiting on each deletion;
#   2. wait until the VPC has no load balancer, no target group and no security group
#      left that the controller made;
#   3. delete the rest of the app (its namespace).
# The controller must still be running for all of this; remove-lb-controller.sh comes after.
#
#   CLUSTER_NAME, AWS_REGION   from Terraform's outputs
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env CLUSTER_NAME AWS_REGION
namespace=netflix-clone
timeout="${LB_DELETE_TIMEOUT:-900}"
poll="${POLL_SECONDS:-15}"

vpc_id="$(aws eks describe-cluster --region "$AWS_REGION" --name "$CLUSTER_NAME" \
  --query 'cluster.resourcesVpcConfig.vpcId' --output text)"
[[ "$vpc_id" =~ ^vpc- ]] || die "could not read the VPC of cluster ${CLUSTER_NAME} (got '${vpc_id}')"

load_balancers() {
  aws elbv2 describe-load-balancers --region "$AWS_REGION" \
    --query "LoadBalancers[?VpcId=='${vpc_id}'].LoadBalancerName" --output text
}
target_groups() {
  aws elbv2 describe-target-groups --region "$AWS_REGION" \
    --query "TargetGroups[?VpcId=='${vpc_id}'].TargetGroupName" --output text
}
controller_security_groups() {
  aws ec2 describe-security-groups --region "$AWS_REGION" \
    --filters "Name=vpc-id,Values=${vpc_id}" "Name=tag-key,Values=elbv2.k8s.aws/cluster" \
    --query 'SecurityGroups[].GroupId' --output text
}
# A failed AWS call is not "nothing left": only an answer with no names counts.
none_left() {
  local names
  names="$("$1")" || return 1
  [ -z "$names" ] || [ "$names" = None ]
}

found_lbs="$(load_balancers)"
found_tgs="$(target_groups)"

log "deleting the app's Ingress and Service"
kubectl --namespace "$namespace" delete ingress netflix-clone --ignore-not-found --wait=true --timeout=10m
kubectl --namespace "$namespace" delete service netflix-clone --ignore-not-found --wait=true --timeout=5m

# Anything else that asked the controller for a load balancer would block the VPC too.
other_ingresses="$(kubectl get ingress --all-namespaces -o json |
  jq -r '.items[] | "\(.metadata.namespace) \(.metadata.name)"')"
while read -r ns name; do
  [ -n "$name" ] || continue
  log "deleting Ingress ${ns}/${name}"
  kubectl --namespace "$ns" delete ingress "$name" --wait=true --timeout=10m
done <<<"$other_ingresses"
lb_services="$(kubectl get service --all-namespaces -o json |
  jq -r '.items[] | select(.spec.type == "LoadBalancer") | "\(.metadata.namespace) \(.metadata.name)"')"
while read -r ns name; do
  [ -n "$name" ] || continue
  log "deleting Service ${ns}/${name} (type LoadBalancer)"
  kubectl --namespace "$ns" delete service "$name" --wait=true --timeout=5m
done <<<"$lb_services"

wait_until "$timeout" "$poll" "no load balancer left in ${vpc_id}" none_left load_balancers ||
  die "load balancers still in ${vpc_id}: $(load_balancers)"
wait_until "$timeout" "$poll" "no target group left in ${vpc_id}" none_left target_groups ||
  die "target groups still in ${vpc_id}: $(target_groups)"
wait_until "$timeout" "$poll" "no controller security group left in ${vpc_id}" none_left controller_security_groups ||
  die "controller security groups still in ${vpc_id}: $(controller_security_groups)"

kubectl delete namespace "$namespace" --ignore-not-found --wait=true --timeout=5m

summary "### Removed from the cluster" \
  "- load balancers: ${found_lbs:-none}" \
  "- target groups: ${found_tgs:-none}" \
  "- namespace ${namespace}"
