variable "region" {
  description = "AWS region of the state bucket and of the environment."
  type        = string
  default     = "us-east-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "region must be an AWS region name such as us-east-1."
  }
}

variable "aws_account_id" {
  description = "The account to work in. When set, Terraform refuses other accounts and skips the STS lookup; null uses the caller's account."
  type        = string
  default     = null

  validation {
    condition     = var.aws_account_id == null || can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be 12 digits or null."
  }
}

variable "project" {
  description = "Project name; prefixes every name (netflix-clone)."
  type        = string
  default     = "netflix-clone"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.project))
    error_message = "project must be 2-21 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Environment the deploy role serves; must match envs/<environment>."
  type        = string
  default     = "dev"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.environment))
    error_message = "environment must be 2-10 lowercase letters or digits."
  }
}

variable "state_bucket_name" {
  description = "Name of the state bucket; null derives a globally unique one from the project, account and region."
  type        = string
  default     = null

  validation {
    condition     = var.state_bucket_name == null || can(regex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", var.state_bucket_name))
    error_message = "state_bucket_name must be a valid S3 bucket name (no dots, so TLS always matches)."
  }
}

variable "state_noncurrent_version_days" {
  description = "Days an overwritten state version is kept for recovery."
  type        = number
  default     = 90

  validation {
    condition     = var.state_noncurrent_version_days >= 1
    error_message = "state_noncurrent_version_days must be at least 1."
  }
}

variable "force_destroy_state_bucket" {
  description = "Let `terraform destroy` delete the state bucket with all state versions in it. Only for the final teardown."
  type        = bool
  default     = false
}

variable "github_repository" {
  description = "GitHub repository (\"owner/name\", exact case) whose workflows may deploy."
  type        = string
}

variable "github_branch" {
  description = "Branch whose workflow runs may assume the deploy role."
  type        = string
  default     = "main"
}

variable "github_environment" {
  description = "GitHub environment whose jobs may assume the deploy role; null uses var.environment."
  type        = string
  default     = null
}

variable "create_github_oidc_provider" {
  description = "Create the account's GitHub OIDC provider (false when the account already has one)."
  type        = bool
  default     = true
}

variable "deploy_role_manages_infrastructure" {
  description = "Let the deploy role apply and destroy envs/<environment> (the deploy workflow runs Terraform)."
  type        = bool
  default     = true
}
