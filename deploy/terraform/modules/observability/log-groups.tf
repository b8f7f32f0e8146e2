# Every log group the app's platform writes to, created here with a retention period (a
# group created on first write keeps logs forever and bills for them forever).

locals {
  # The amazon-cloudwatch-observability add-on's groups (Container Insights): container
  # logs in application/, node and kubelet logs in dataplane/ and host/, metrics as embedded
  # metric format in performance/.
  log_group_names = var.deploy_target == "eks" ? {
    application = "/aws/containerinsights/${var.eks_cluster_name}/application"
    dataplane   = "/aws/containerinsights/${var.eks_cluster_name}/dataplane"
    host        = "/aws/containerinsights/${var.eks_cluster_name}/host"
    performance = "/aws/containerinsights/${var.eks_cluster_name}/performance"
    } : {
    application = "/ecs/${var.name}"
  }
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = local.log_group_names

  name              = each.value
  retention_in_days = var.log_retention_days
}
