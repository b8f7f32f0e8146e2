module "cache" {
  source = "../../modules/cache"
  count  = var.enable_cache ? 1 : 0

  name       = local.name
  vpc_id     = module.network.vpc_id
  subnet_ids = module.network.private_subnet_ids

  # Pods on EKS managed nodes carry the cluster security group; ECS tasks carry their own.
  allowed_security_group_ids = local.is_eks ? {
    eks-cluster = module.eks[0].cluster_security_group_id
    } : {
    ecs-tasks = module.ecs[0].tasks_security_group_id
  }
}
