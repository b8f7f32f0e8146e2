# The pipeline's deploy role lives here, not in envs/dev: an operator applies this root with
# their own credentials and keeps its state out of the role's reach, so the pipeline can
# neither widen its own permissions nor destroy the role it is running as halfway through a
# `terraform destroy` of the environment.
#
# The names below are the conventions envs/dev creates resources with (ops/test/terraform
# checks that both roots agree).
module "github_oidc" {
  source = "../modules/github-oidc"

  name                  = local.env_name
  account_id            = local.account_id
  github_repository     = var.github_repository
  github_branch         = var.github_branch
  github_environment    = coalesce(var.github_environment, var.environment)
  create_oidc_provider  = var.create_github_oidc_provider
  manage_infrastructure = var.deploy_role_manages_infrastructure

  ecr_repository_name = var.project
  eks_cluster_name    = local.env_name
  ecs = {
    cluster_name = local.env_name
    service_name = var.project
    task_family  = local.env_name
    role_names   = ["${local.env_name}-ecs-execution", "${local.env_name}-ecs-task"]
  }

  state_bucket_name = aws_s3_bucket.state.bucket
  state_key         = local.state_key
}
