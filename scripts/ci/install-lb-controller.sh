#!/usr/bin/env bash
# Installs or upgrades the AWS Load Balancer Controller in kube-system. It turns the app's
# Ingress into an ALB. Terraform has already made its IAM role and the EKS Pod Identity
# association for kube-system/aws-load-balancer-controller; this only installs the chart.
#
#   CLUSTER_NAME, AWS_REGION   from Terraform's outputs
#   LBC_CHART_VERSION          the eks-charts chart version (chart 3.5.0 = controller v3.5.0)
#
# The chart is pulled at a pinned version and its CRDs are applied first: Helm installs a
# chart's CRDs on the first install only, never on upgrade.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env CLUSTER_NAME AWS_REGION
chart_version="${LBC_CHART_VERSION:-3.5.0}"
release=aws-load-balancer-controller

# The VPC is passed explicitly so the controller never depends on the node's instance
# metadata (pods often cannot reach it on AL2023 nodes, whose hop limit is 1).
vpc_id="$(aws eks describe-cluster --region "$AWS_REGION" --name "$CLUSTER_NAME" \
  --query 'cluster.resourcesVpcConfig.vpcId' --output text)"
[[ "$vpc_id" =~ ^vpc- ]] || die "could not read the VPC of cluster ${CLUSTER_NAME} (got '${vpc_id}')"

chart_dir="$(mktemp -d)"
trap 'rm -rf "$chart_dir"' EXIT
helm repo add eks https://aws.github.io/eks-charts --force-update >/dev/null
helm pull eks/aws-load-balancer-controller --version "$chart_version" --untar --untardir "$chart_dir"
chart="${chart_dir}/aws-load-balancer-controller"

kubectl apply --server-side --force-conflicts -k "${chart}/crds"
helm upgrade --install "$release" "$chart" \
  --namespace kube-system \
  --set-string clusterName="$CLUSTER_NAME" \
  --set-string region="$AWS_REGION" \
  --set-string vpcId="$vpc_id" \
  --set serviceAccount.create=true \
  --set-string serviceAccount.name=aws-load-balancer-controller \
  --wait --timeout 10m
kubectl --namespace kube-system rollout status "deployment/${release}" --timeout=5m
summary "- AWS Load Balancer Controller: chart ${chart_version} in kube-system (VPC ${vpc_id})"
