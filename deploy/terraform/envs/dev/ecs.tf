module "ecs" {
  source = "../../modules/ecs"
  count  = local.is_ecs ? 1 : 0

  name               = local.name
  service_name       = var.project
  account_id         = local.account_id
  vpc_id             = module.network.vpc_id
  vpc_cidr_block     = module.network.vpc_cidr_block
  public_subnet_ids  = module.network.public_subnet_ids
  private_subnet_ids = module.network.private_subnet_ids
  image              = "${module.ecr.repository_url}:${var.ecs_image_tag}"
  log_group_name     = module.observability.app_log_group_name
  scaling            = var.ecs_scaling
  use_fargate_spot   = var.ecs_use_fargate_spot
  ingress_cidrs      = var.ingress_cidrs
  certificate_arn    = var.certificate_arn

  # The ALB's subnets: the app believes X-Forwarded-For from them alone (TRUST_PROXY).
  public_subnet_cidr_blocks = module.network.public_subnet_cidr_blocks

  environment = merge(
    { LOG_LEVEL = var.log_level },
    var.enable_cache ? { REDIS_URL = module.cache[0].url } : {},
  )

  # A dev environment is recreated often; a secret kept for recovery would block its name.
  secret_recovery_window_days = 0
}
