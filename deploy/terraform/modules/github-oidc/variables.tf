variable "name" {
  description = "Name prefix of the environment's resources (netflix-clone-dev); the deploy role manages only resources carrying it."
  type        = string
}

variable "account_id" {
  description = "AWS account ID (every ARN in the policies is built from it, so the policies are readable in the plan)."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "github_repository" {
  description = "The only GitHub repository (\"owner/name\", exact case) whose workflows may assume the deploy role."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", var.github_repository))
    error_message = "github_repository must be \"owner/name\" with no wildcards."
  }
}

variable "github_branch" {
  description = "Branch whose workflow runs (without an environment) may assume the role."
  type        = string
  default     = "main"

  validation {
    condition     = can(regex("^[A-Za-z0-9._/-]+$", var.github_branch)) && !strcontains(var.github_branch, "*")
    error_message = "github_branch must be one branch name, without wildcards."
  }
}

variable "github_environment" {
  description = "GitHub environment whose jobs may assume the role (protect it with required reviewers)."
  type        = string
  default     = "dev"

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]+$", var.github_environment))
    error_message = "github_environment must be one environment name, without wildcards."
  }
}

variable "create_oidc_provider" {
  description = "Create the account's GitHub OIDC provider. Set false when the account already has one (there can be only one per URL)."
  type        = bool
  default     = true
}

variable "ecr_repository_name" {
  description = "Repository the pipeline pushes images to."
  type        = string
}

variable "eks_cluster_name" {
  description = "EKS cluster the pipeline deploys to; null when the target is ECS."
  type        = string
  default     = null
}

variable "ecs" {
  description = "ECS service the pipeline deploys to (null when the target is EKS): cluster, service, task family and the roles its task definition passes."
  type = object({
    cluster_name = string
    service_name = string
    task_family  = string
    role_names   = list(string)
  })
  default = null
}

variable "state_bucket_name" {
  description = "S3 bucket holding Terraform state (created by the bootstrap root)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.state_bucket_name))
    error_message = "state_bucket_name must be a valid S3 bucket name."
  }
}

variable "state_key" {
  description = "Object key of this environment's state; the role may touch only this key and its lock file."
  type        = string
  default     = "netflix-clone/dev/terraform.tfstate"
}

variable "manage_infrastructure" {
  description = "Let the deploy role run `terraform apply`/`destroy` for this environment (the deploy workflow does). False leaves it push-and-deploy only."
  type        = bool
  default     = true
}

variable "managed_policy_arns_allowed" {
  description = "AWS managed policies the environment's roles attach; the deploy role may attach these (and its own environment's policies) and nothing else."
  type        = list(string)
  default = [
    "AmazonEKSClusterPolicy",
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryPullOnly",
    "AmazonEKS_CNI_Policy",
    "CloudWatchAgentServerPolicy",
    "service-role/AmazonECSTaskExecutionRolePolicy",
  ]
}
