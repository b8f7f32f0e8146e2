provider "aws" {
  region = var.region

  # Refuse to run against any other account when one is named.
  allowed_account_ids = var.aws_account_id == null ? null : [var.aws_account_id]

  default_tags {
    tags = {
      Project   = var.project
      Stack     = "${var.project}-bootstrap"
      ManagedBy = "terraform"
      Source    = "deploy/terraform/bootstrap"
    }
  }
}

data "aws_caller_identity" "current" {
  count = var.aws_account_id == null ? 1 : 0
}

locals {
  account_id = coalesce(var.aws_account_id, one(data.aws_caller_identity.current[*].account_id))
  env_name   = "${var.project}-${var.environment}"
  # The environment's state object; envs/dev/versions.tf and the pipeline's TF_STATE_KEY use it too.
  state_key = "${var.project}/${var.environment}/terraform.tfstate"
}
