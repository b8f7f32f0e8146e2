variable "name" {
  description = "Name prefix (netflix-clone-dev); the replication group is named after it."
  type        = string

  validation {
    condition     = length(var.name) <= 34 && can(regex("^[a-z][a-z0-9-]*$", var.name))
    error_message = "name must be lowercase letters, digits and hyphens, at most 34 characters (ElastiCache IDs are limited to 40)."
  }
}

variable "vpc_id" {
  description = "VPC of the cache."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets for the cache nodes."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups whose members may connect (the EKS cluster's, or the ECS tasks'), keyed by a stable name."
  type        = map(string)

  validation {
    condition     = length(var.allowed_security_group_ids) > 0
    error_message = "At least one client security group is needed; the cache admits nobody else."
  }
}

variable "node_type" {
  description = "Cache node size; cache.t4g.micro is the smallest with in-transit encryption."
  type        = string
  default     = "cache.t4g.micro"

  validation {
    condition     = startswith(var.node_type, "cache.")
    error_message = "node_type must be an ElastiCache node type such as cache.t4g.micro."
  }
}

variable "engine_version" {
  description = "Redis OSS engine version."
  type        = string
  default     = "7.1"
}

variable "replicas" {
  description = "Read replicas besides the primary; 1 or more turns on automatic failover across zones."
  type        = number
  default     = 0

  validation {
    condition     = var.replicas >= 0 && var.replicas <= 5
    error_message = "replicas must be from 0 to 5."
  }
}
