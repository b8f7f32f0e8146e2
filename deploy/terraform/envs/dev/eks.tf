module "eks" {
  source = "../../modules/eks"
  count  = local.is_eks ? 1 : 0

  cluster_name                    = local.name
  kubernetes_version              = var.kubernetes_version
  vpc_id                          = module.network.vpc_id
  private_subnet_ids              = module.network.private_subnet_ids
  endpoint_public_access_cidrs    = var.eks_public_access_cidrs
  log_retention_days              = var.log_retention_days
  node_instance_types             = var.node_instance_types
  node_capacity_type              = var.node_capacity_type
  node_scaling                    = var.node_scaling
  enable_cloudwatch_observability = var.enable_cloudwatch_observability

  access_entries = merge(
    # The pipeline installs the load balancer controller (CRDs, cluster roles) and the app.
    { github-deploy = { principal_arn = local.deploy_role_arn } },
    { for i, arn in var.eks_admin_principal_arns : "admin-${i}" => { principal_arn = arn } },
  )

  # Container Insights' log groups must exist (with retention) before the agent writes.
  cloudwatch_log_group_names = module.observability.log_group_names
}

module "lb_controller" {
  source = "../../modules/lb-controller"
  count  = local.is_eks ? 1 : 0

  # Referencing the cluster's output orders the association after the cluster.
  cluster_name = module.eks[0].cluster_name
}
