variable "name" {
  description = "Name prefix (netflix-clone-dev) of the log groups, alarms, topic and dashboard."
  type        = string
}

variable "deploy_target" {
  description = "\"eks\" or \"ecs\": decides which log groups exist and what the dashboard shows."
  type        = string

  validation {
    condition     = contains(["eks", "ecs"], var.deploy_target)
    error_message = "deploy_target must be \"eks\" or \"ecs\"."
  }
}

variable "eks_cluster_name" {
  description = "EKS cluster whose Container Insights log groups to create (deploy_target = eks)."
  type        = string
  default     = null
}

variable "ecs_cluster_name" {
  description = "ECS cluster shown on the dashboard (deploy_target = ecs)."
  type        = string
  default     = null
}

variable "ecs_service_name" {
  description = "ECS service shown on the dashboard (deploy_target = ecs)."
  type        = string
  default     = null
}

variable "load_balancer_arn_suffix" {
  description = <<-EOT
    The app's load balancer (app/<name>/<id>), which scopes alarms and dashboard to it. ECS
    passes its ALB. On EKS the controller creates the ALB after Terraform runs; leave it null
    and the alarms watch every ALB in the region (right for an account dedicated to this app),
    or set it once the load balancer exists.
  EOT
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the app's logs."
  type        = number
  default     = 7

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, ...)."
  }
}

variable "alarm_email" {
  description = "Address subscribed to the alarm topic (confirm the e-mail AWS sends); null for none."
  type        = string
  default     = null

  validation {
    condition     = var.alarm_email == null || can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "alarm_email must be an e-mail address or null."
  }
}

variable "server_errors_per_5_minutes" {
  description = "5xx answers in five minutes (from the app or the load balancer) that raise an alarm."
  type        = number
  default     = 10

  validation {
    condition     = var.server_errors_per_5_minutes >= 1
    error_message = "server_errors_per_5_minutes must be at least 1."
  }
}

variable "latency_threshold_seconds" {
  description = "Average target response time that raises an alarm when sustained for five minutes."
  type        = number
  default     = 1

  validation {
    condition     = var.latency_threshold_seconds > 0 && var.latency_threshold_seconds <= 60
    error_message = "latency_threshold_seconds must be above 0 and at most 60."
  }
}
