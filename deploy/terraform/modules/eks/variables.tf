variable "cluster_name" {
  description = "Name of the EKS cluster (netflix-clone-dev)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,99}$", var.cluster_name))
    error_message = "cluster_name must start with a letter and contain only letters, digits and hyphens (max 100)."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane and the nodes, e.g. \"1.33\". Upgrade one minor at a time."
  type        = string
  default     = "1.33"

  validation {
    condition     = can(regex("^1\\.(2[89]|3[0-9])$", var.kubernetes_version))
    error_message = "kubernetes_version must be a supported minor version such as \"1.33\" (1.28 to 1.39)."
  }
}

variable "vpc_id" {
  description = "VPC the cluster lives in."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets for the control-plane network interfaces and the nodes."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_ids) >= 2
    error_message = "EKS needs subnets in at least two availability zones."
  }
}

variable "endpoint_public_access" {
  description = "Whether the Kubernetes API has a public endpoint (CI on GitHub-hosted runners needs one). The private endpoint is always on."
  type        = bool
  default     = true
}

variable "endpoint_public_access_cidrs" {
  description = "Who may reach the public API endpoint. Authentication (IAM + access entries) still applies; narrow this to your office/VPN and runner ranges where you can."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.endpoint_public_access_cidrs) > 0 && alltrue([for c in var.endpoint_public_access_cidrs : can(cidrnetmask(c))])
    error_message = "endpoint_public_access_cidrs must be a non-empty list of IPv4 CIDR blocks."
  }
}

variable "cluster_log_types" {
  description = "Control-plane log types sent to CloudWatch. api, audit and authenticator are the security-relevant ones."
  type        = list(string)
  default     = ["api", "audit", "authenticator"]

  validation {
    condition     = alltrue([for t in var.cluster_log_types : contains(["api", "audit", "authenticator", "controllerManager", "scheduler"], t)])
    error_message = "cluster_log_types may only contain api, audit, authenticator, controllerManager, scheduler."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the control-plane logs."
  type        = number
  default     = 7

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, ...)."
  }
}

variable "node_instance_types" {
  description = "Instance types of the managed node group (more than one helps Spot find capacity)."
  type        = list(string)
  default     = ["t3.medium"]

  validation {
    condition     = length(var.node_instance_types) > 0 && alltrue([for t in var.node_instance_types : can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", t))])
    error_message = "node_instance_types must list instance types such as t3.medium."
  }
}

variable "node_capacity_type" {
  description = "ON_DEMAND, or SPOT (about 60-70% cheaper; nodes can be reclaimed with two minutes' notice)."
  type        = string
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "SPOT"], var.node_capacity_type)
    error_message = "node_capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "node_ami_type" {
  description = "Amazon Linux 2023 EKS-optimized AMI family of the nodes."
  type        = string
  default     = "AL2023_x86_64_STANDARD"

  validation {
    condition     = startswith(var.node_ami_type, "AL2023_")
    error_message = "node_ami_type must be an Amazon Linux 2023 AMI type (AL2023_*); AL2 images reach end of support."
  }
}

variable "node_scaling" {
  description = "Size of the managed node group."
  type = object({
    min     = number
    desired = number
    max     = number
  })
  default = { min = 1, desired = 2, max = 3 }

  validation {
    condition     = var.node_scaling.min >= 1 && var.node_scaling.min <= var.node_scaling.desired && var.node_scaling.desired <= var.node_scaling.max && var.node_scaling.max <= 20
    error_message = "node_scaling must satisfy 1 <= min <= desired <= max <= 20."
  }
}

variable "node_disk_size_gib" {
  description = "Root volume size of each node."
  type        = number
  default     = 20

  validation {
    condition     = var.node_disk_size_gib >= 20 && var.node_disk_size_gib <= 200
    error_message = "node_disk_size_gib must be from 20 to 200."
  }
}

variable "enable_cloudwatch_observability" {
  description = "Install the amazon-cloudwatch-observability add-on (Container Insights metrics and container logs to CloudWatch)."
  type        = bool
  default     = true
}

variable "addon_versions" {
  description = "Pin add-on versions by add-on name; unlisted add-ons get the default version for the cluster's Kubernetes version."
  type        = map(string)
  default     = {}
}

variable "access_entries" {
  description = <<-EOT
    IAM principals that may use the Kubernetes API, keyed by a stable name (e.g. "github-deploy").
    `policy` is an EKS access policy name; the deploy role needs cluster admin to install the
    AWS Load Balancer Controller's CRDs and cluster roles.
  EOT
  type = map(object({
    principal_arn = string
    policy        = optional(string, "AmazonEKSClusterAdminPolicy")
  }))
  default = {}

  validation {
    condition     = alltrue([for e in values(var.access_entries) : contains(["AmazonEKSClusterAdminPolicy", "AmazonEKSAdminPolicy", "AmazonEKSEditPolicy", "AmazonEKSViewPolicy"], e.policy)])
    error_message = "access_entries[*].policy must be one of AmazonEKSClusterAdminPolicy, AmazonEKSAdminPolicy, AmazonEKSEditPolicy, AmazonEKSViewPolicy."
  }
}

variable "cloudwatch_log_group_names" {
  description = "Log groups the CloudWatch agent writes to, created elsewhere with retention; the add-on waits for them (otherwise the agent creates them with no expiry)."
  type        = list(string)
  default     = []
}
