terraform {
  # 1.10 brought S3-native state locking (use_lockfile), which envs/dev relies on.
  required_version = ">= 1.11, < 2.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }

  # This root creates the state bucket, so its own (small) state stays local: keep
  # terraform.tfstate safe, or see docs/deploy-aws.md for moving it into the bucket.
}
