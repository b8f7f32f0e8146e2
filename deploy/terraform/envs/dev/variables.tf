# The dev profile: every default below is chosen for cost (see docs/deploy-aws.md, "What it
# costs"). Each is validated so a typo fails at plan time, not halfway through an apply.

variable "region" {
  description = "AWS region of the environment (same as the bootstrap's)."
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
  description = "Project name: the image/ECR repository name and the prefix of every resource."
  type        = string
  default     = "netflix-clone"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.project))
    error_message = "project must be 2-21 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name; with project it makes the name prefix (netflix-clone-dev)."
  type        = string
  default     = "dev"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.environment))
    error_message = "environment must be 2-10 lowercase letters or digits."
  }
}

variable "deploy_target" {
  description = "Where the app runs: \"eks\" (Kubernetes, the manifests in deploy/k8s) or \"ecs\" (Fargate service behind an ALB)."
  type        = string
  default     = "eks"

  validation {
    condition     = contains(["eks", "ecs"], var.deploy_target)
    error_message = "deploy_target must be \"eks\" or \"ecs\"."
  }
}

variable "github_repository" {
  description = "GitHub repository (\"owner/name\") that deploys this environment; recorded in tags and must match the bootstrap's."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", var.github_repository))
    error_message = "github_repository must be \"owner/name\" with no wildcards."
  }
}

# --- network -------------------------------------------------------------------------------

variable "availability_zones" {
  description = "Zones to use; null picks the region's first availability_zone_count zones."
  type        = list(string)
  default     = null

  validation {
    condition     = var.availability_zones == null || (try(length(var.availability_zones), 0) >= 2 && try(length(var.availability_zones), 0) <= 3)
    error_message = "availability_zones must list 2 or 3 zones, or be null."
  }
}

variable "availability_zone_count" {
  description = "How many zones to use when availability_zones is null. 3, as the Kubernetes manifests expect (their NetworkPolicy and TRUST_PROXY list three public subnets); 2 saves one load balancer address (about $0.12 a day)."
  type        = number
  default     = 3

  validation {
    condition     = contains([2, 3], var.availability_zone_count)
    error_message = "availability_zone_count must be 2 or 3."
  }
}

variable "vpc_cidr" {
  description = "IPv4 range of the VPC (/16 to /18)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.vpc_cidr)) && can(regex("/1[6-8]$", var.vpc_cidr))
    error_message = "vpc_cidr must be a valid IPv4 CIDR from /16 to /18."
  }
}

variable "nat_gateway_mode" {
  description = "\"single\" NAT gateway (dev) or \"one_per_az\" (survives a zone outage, costs one per zone)."
  type        = string
  default     = "single"

  validation {
    condition     = contains(["single", "one_per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be \"single\" or \"one_per_az\"."
  }
}

variable "flow_log_traffic_type" {
  description = "VPC Flow Logs: REJECT (dev: cheap, shows blocked traffic), ALL or ACCEPT."
  type        = string
  default     = "REJECT"

  validation {
    condition     = contains(["ACCEPT", "REJECT", "ALL"], var.flow_log_traffic_type)
    error_message = "flow_log_traffic_type must be ACCEPT, REJECT or ALL."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps every log group of the environment."
  type        = number
  default     = 7

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, ...)."
  }
}

# --- EKS -----------------------------------------------------------------------------------

variable "kubernetes_version" {
  description = "EKS Kubernetes minor version."
  type        = string
  default     = "1.33"

  validation {
    condition     = can(regex("^1\\.(2[89]|3[0-9])$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as \"1.33\"."
  }
}

variable "eks_public_access_cidrs" {
  description = "Who may reach the Kubernetes API's public endpoint (IAM authentication still applies). Narrow it when your runners have fixed addresses."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.eks_public_access_cidrs) > 0 && alltrue([for c in var.eks_public_access_cidrs : can(cidrnetmask(c))])
    error_message = "eks_public_access_cidrs must be a non-empty list of IPv4 CIDR blocks."
  }
}

variable "eks_admin_principal_arns" {
  description = "Extra IAM roles or users (e.g. your SSO admin role) that get cluster-admin access entries. The deploy role always gets one."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.eks_admin_principal_arns : can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/.+$", a))])
    error_message = "eks_admin_principal_arns must be IAM role or user ARNs."
  }
}

variable "node_instance_types" {
  description = "Node instance types; two t3.medium nodes fit the app, the controller, CoreDNS and the CloudWatch agent."
  type        = list(string)
  default     = ["t3.medium"]
}

variable "node_capacity_type" {
  description = "ON_DEMAND or SPOT nodes."
  type        = string
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "SPOT"], var.node_capacity_type)
    error_message = "node_capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "node_scaling" {
  description = "Managed node group size."
  type = object({
    min     = number
    desired = number
    max     = number
  })
  default = { min = 1, desired = 2, max = 3 }
}

variable "enable_cloudwatch_observability" {
  description = "Container Insights and container logs through the amazon-cloudwatch-observability add-on."
  type        = bool
  default     = true
}

variable "eks_load_balancer_arn_suffix" {
  description = "The controller-made ALB (app/<name>/<id>) once it exists, to scope alarms to it; null watches every ALB in the region."
  type        = string
  default     = null

  validation {
    condition     = var.eks_load_balancer_arn_suffix == null || can(regex("^app/[^/]+/[0-9a-f]+$", var.eks_load_balancer_arn_suffix))
    error_message = "eks_load_balancer_arn_suffix must look like app/<name>/<id>."
  }
}

# --- ECS -----------------------------------------------------------------------------------

variable "ecs_image_tag" {
  description = "Image tag of the first ECS task definition; the pipeline registers later revisions. Push this tag before the first apply."
  type        = string
  default     = "initial"

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{1,128}$", var.ecs_image_tag)) && var.ecs_image_tag != "latest"
    error_message = "ecs_image_tag must be a valid image tag other than latest."
  }
}

variable "ecs_scaling" {
  description = "ECS task count range and CPU target."
  type = object({
    min                = number
    max                = number
    cpu_target_percent = number
  })
  default = { min = 2, max = 4, cpu_target_percent = 60 }
}

variable "ecs_use_fargate_spot" {
  description = "Run ECS tasks on Fargate Spot."
  type        = bool
  default     = false
}

variable "ingress_cidrs" {
  description = "Who may reach the ECS load balancer (the EKS Ingress sets its own)."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS on the ECS load balancer; null serves HTTP only."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN or null."
  }
}

# --- shared --------------------------------------------------------------------------------

variable "enable_cache" {
  description = "Create an ElastiCache Redis for REDIS_URL (about $0.40 a day)."
  type        = bool
  default     = false
}

variable "log_level" {
  description = "LOG_LEVEL of the app on ECS (on EKS the manifests set it)."
  type        = string
  default     = "info"

  validation {
    condition     = contains(["fatal", "error", "warn", "info", "debug", "trace", "silent"], var.log_level)
    error_message = "log_level must be a pino level: fatal, error, warn, info, debug, trace or silent."
  }
}

variable "alarm_email" {
  description = "E-mail address for alarm notifications; null for none."
  type        = string
  default     = null
}
