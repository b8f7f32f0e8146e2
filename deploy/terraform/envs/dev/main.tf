# The dev environment: a VPC, the image registry and monitoring always; then either an EKS
# cluster (with the load balancer controller's IAM) or an ECS Fargate service; optionally a
# Redis cache. The pipeline's deploy role comes from the bootstrap root.

module "network" {
  source = "../../modules/network"

  name                  = local.name
  account_id            = local.account_id
  cidr_block            = var.vpc_cidr
  availability_zones    = local.azs
  nat_gateway_mode      = var.nat_gateway_mode
  cluster_name          = local.is_eks ? local.name : null
  flow_log_traffic_type = var.flow_log_traffic_type
  log_retention_days    = var.log_retention_days
}

module "ecr" {
  source = "../../modules/ecr"

  name = var.project
  # A dev environment must be destroyable in one go; images are rebuilt from git.
  force_delete = true
}

module "observability" {
  source = "../../modules/observability"

  name                     = local.name
  deploy_target            = var.deploy_target
  eks_cluster_name         = local.is_eks ? local.name : null
  ecs_cluster_name         = local.is_ecs ? module.ecs[0].cluster_name : null
  ecs_service_name         = local.is_ecs ? module.ecs[0].service_name : null
  load_balancer_arn_suffix = local.is_ecs ? module.ecs[0].load_balancer_arn_suffix : var.eks_load_balancer_arn_suffix
  log_retention_days       = var.log_retention_days
  alarm_email              = var.alarm_email
}
