provider "aws" {
  region = var.region

  # Refuse to run against any other account when one is named.
  allowed_account_ids = var.aws_account_id == null ? null : [var.aws_account_id]

  default_tags {
    tags = {
      Project     = var.project
      Environment = var.environment
      Stack       = local.name
      ManagedBy   = "terraform"
      Source      = "deploy/terraform/envs/dev"
    }
  }
}

data "aws_caller_identity" "current" {
  count = var.aws_account_id == null ? 1 : 0
}

data "aws_availability_zones" "available" {
  count = var.availability_zones == null ? 1 : 0

  state = "available"
  # Only regular zones: Local Zones and Wavelength cannot host EKS control-plane interfaces.
  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_partition" "current" {}

locals {
  # netflix-clone-dev: the EKS cluster, the ECS cluster and every other name start with it.
  name       = "${var.project}-${var.environment}"
  account_id = coalesce(var.aws_account_id, one(data.aws_caller_identity.current[*].account_id))
  azs        = var.availability_zones != null ? var.availability_zones : slice(one(data.aws_availability_zones.available[*].names), 0, var.availability_zone_count)

  is_eks = var.deploy_target == "eks"
  is_ecs = var.deploy_target == "ecs"

  # The deploy role is created by the bootstrap root under this name (see bootstrap/github.tf).
  deploy_role_arn = "arn:${data.aws_partition.current.partition}:iam::${local.account_id}:role/${local.name}-github-deploy"
}
