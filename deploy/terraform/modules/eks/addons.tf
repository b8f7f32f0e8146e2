# Managed add-ons (https://docs.aws.amazon.com/eks/latest/userguide/workloads-add-ons-available-eks.html;
# metrics-server is one of the community add-ons).
# These three must exist before nodes join: pod networking, service routing, and the agent
# that hands pods their IAM credentials.
locals {
  addons_before_nodes = toset(["vpc-cni", "kube-proxy", "eks-pod-identity-agent"])
  # These run as pods, so they can only become healthy once nodes exist: CoreDNS, and the
  # resource metrics API (pods' CPU and memory) the app's HorizontalPodAutoscaler scales on,
  # which `kubectl top` also reads.
  addons_after_nodes = toset(["coredns", "metrics-server"])

  # Add-on settings (`aws eks describe-addon-configuration` lists each one's schema).
  addon_configuration = {
    # The VPC CNI enforces Kubernetes NetworkPolicies (deploy/k8s) only with its network
    # policy agent on; without it every policy is silently ignored.
    vpc-cni = { enableNetworkPolicy = "true" }
  }
}

resource "aws_eks_addon" "before_nodes" {
  for_each = local.addons_before_nodes

  cluster_name         = aws_eks_cluster.this.name
  addon_name           = each.value
  addon_version        = lookup(var.addon_versions, each.value, null)
  configuration_values = contains(keys(local.addon_configuration), each.value) ? jsonencode(local.addon_configuration[each.value]) : null

  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
}

resource "aws_eks_addon" "after_nodes" {
  for_each = local.addons_after_nodes

  cluster_name  = aws_eks_cluster.this.name
  addon_name    = each.value
  addon_version = lookup(var.addon_versions, each.value, null)

  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  depends_on = [aws_eks_node_group.default]
}

# Their addresses before they shared one resource: applied clusters keep their add-ons.
moved {
  from = aws_eks_addon.coredns
  to   = aws_eks_addon.after_nodes["coredns"]
}

moved {
  from = aws_eks_addon.metrics_server
  to   = aws_eks_addon.after_nodes["metrics-server"]
}

# Stands for "the agent's log groups exist": the add-on below depends on it, and it depends on
# whatever created var.cloudwatch_log_group_names.
resource "terraform_data" "cloudwatch_log_groups" {
  input = var.cloudwatch_log_group_names
}

# Container Insights metrics and container logs, with the agent's credentials from Pod Identity.
resource "aws_eks_addon" "cloudwatch_observability" {
  count = var.enable_cloudwatch_observability ? 1 : 0

  cluster_name  = aws_eks_cluster.this.name
  addon_name    = "amazon-cloudwatch-observability"
  addon_version = lookup(var.addon_versions, "amazon-cloudwatch-observability", null)

  pod_identity_association {
    role_arn        = aws_iam_role.cloudwatch_agent[0].arn
    service_account = local.cloudwatch_agent_service_account
  }

  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"

  depends_on = [
    aws_eks_node_group.default,
    aws_eks_addon.before_nodes,
    aws_iam_role_policy_attachment.cloudwatch_agent,
    terraform_data.cloudwatch_log_groups,
  ]
}
