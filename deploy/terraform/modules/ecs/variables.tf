variable "name" {
  description = "Name prefix (netflix-clone-dev): the ECS cluster, task family, ALB and roles are named after it."
  type        = string

  validation {
    # ALB and target group names are limited to 32 characters.
    condition     = length(var.name) <= 32 && can(regex("^[a-z][a-z0-9-]*$", var.name))
    error_message = "name must be lowercase letters, digits and hyphens, at most 32 characters."
  }
}

variable "account_id" {
  description = "AWS account ID; scopes the task roles' trust and the secret's ARN."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "service_name" {
  description = "Name of the ECS service."
  type        = string
  default     = "netflix-clone"
}

variable "vpc_id" {
  description = "VPC of the service."
  type        = string
}

variable "vpc_cidr_block" {
  description = "VPC range; tasks may reach the cache inside it."
  type        = string
}

variable "public_subnet_ids" {
  description = "Subnets of the internet-facing load balancer."
  type        = list(string)
}

variable "public_subnet_cidr_blocks" {
  description = "IPv4 ranges of public_subnet_ids. The load balancer's addresses come from them, so the app believes X-Forwarded-For from these alone (TRUST_PROXY)."
  type        = list(string)

  validation {
    # Trusting everyone would let any client name its own address and dodge the rate limit.
    condition = (
      length(var.public_subnet_cidr_blocks) == length(var.public_subnet_ids) &&
      alltrue([for c in var.public_subnet_cidr_blocks : can(cidrnetmask(c)) && !endswith(c, "/0")])
    )
    error_message = "public_subnet_cidr_blocks must give one IPv4 CIDR block (not /0) for each of public_subnet_ids."
  }
}

variable "private_subnet_ids" {
  description = "Subnets of the tasks (no public IPs)."
  type        = list(string)
}

variable "image" {
  description = "Image of the first task definition revision (<ecr-url>:<tag>). The pipeline registers later revisions with each commit's image."
  type        = string

  validation {
    condition     = can(regex("^[^:@]+(:[A-Za-z0-9_.-]+|@sha256:[a-f0-9]{64})$", var.image)) && !endswith(var.image, ":latest")
    error_message = "image must name an explicit tag or digest, never :latest."
  }
}

variable "container_port" {
  description = "Port the app listens on (PORT)."
  type        = number
  default     = 8080
}

variable "metrics_port" {
  description = "Port of the app's own /metrics listener (METRICS_PORT), which keeps /metrics off the load-balanced port. Neither mapped nor admitted by the security groups."
  type        = number
  default     = 9464

  validation {
    condition     = var.metrics_port != var.container_port && var.metrics_port >= 1024 && var.metrics_port <= 65535
    error_message = "metrics_port must be an unprivileged port other than container_port."
  }
}

variable "cpu" {
  description = "Task CPU units (256 = 0.25 vCPU)."
  type        = number
  default     = 256

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096], var.cpu)
    error_message = "cpu must be a Fargate size: 256, 512, 1024, 2048 or 4096."
  }
}

variable "memory" {
  description = "Task memory in MiB (must be a valid Fargate pairing with cpu)."
  type        = number
  default     = 512

  validation {
    condition     = var.memory >= 512 && var.memory <= 30720
    error_message = "memory must be from 512 to 30720 MiB."
  }
}

variable "scaling" {
  description = "Task count: the service starts at min and target tracking moves it between min and max."
  type = object({
    min                = number
    max                = number
    cpu_target_percent = number
  })
  default = { min = 2, max = 4, cpu_target_percent = 60 }

  validation {
    condition     = var.scaling.min >= 1 && var.scaling.min <= var.scaling.max && var.scaling.max <= 50 && var.scaling.cpu_target_percent >= 10 && var.scaling.cpu_target_percent <= 90
    error_message = "scaling must satisfy 1 <= min <= max <= 50 and 10 <= cpu_target_percent <= 90."
  }
}

variable "use_fargate_spot" {
  description = "Run tasks on Fargate Spot (about 70% cheaper; tasks can be stopped with two minutes' notice)."
  type        = bool
  default     = false
}

variable "log_group_name" {
  description = "CloudWatch log group for the app's JSON logs (created by the observability module)."
  type        = string
}

variable "environment" {
  description = "Extra plain environment variables of the app (LOG_LEVEL, REDIS_URL, ...). Secrets never go here."
  type        = map(string)
  default     = {}

  validation {
    condition     = length(setintersection(keys(var.environment), ["TMDB_ACCESS_TOKEN", "TMDB_API_KEY"])) == 0
    error_message = "TMDB credentials come from Secrets Manager, never from plain environment variables."
  }

  validation {
    condition     = !contains(keys(var.environment), "TRUST_PROXY")
    error_message = "TRUST_PROXY comes from public_subnet_cidr_blocks (the load balancer's subnets), never from environment."
  }
}

variable "ingress_cidrs" {
  description = "Who may reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = length(var.ingress_cidrs) > 0 && alltrue([for c in var.ingress_cidrs : can(cidrnetmask(c))])
    error_message = "ingress_cidrs must be a non-empty list of IPv4 CIDR blocks."
  }
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS; when set, port 80 redirects to 443."
  type        = string
  default     = null
}

variable "secret_recovery_window_days" {
  description = "Days a deleted TMDB secret can be restored (0 deletes at once, so a destroyed environment can be recreated with the same secret name)."
  type        = number
  default     = 7

  validation {
    condition     = var.secret_recovery_window_days == 0 || (var.secret_recovery_window_days >= 7 && var.secret_recovery_window_days <= 30)
    error_message = "secret_recovery_window_days must be 0 or from 7 to 30."
  }
}
