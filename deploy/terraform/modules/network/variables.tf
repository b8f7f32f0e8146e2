variable "name" {
  description = "Name prefix for every resource, e.g. netflix-clone-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$", var.name))
    error_message = "name must be 3-32 lowercase letters, digits or hyphens."
  }
}

variable "account_id" {
  description = "AWS account ID; scopes the flow-log role's trust and log permissions."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "cidr_block" {
  description = "IPv4 range of the VPC. The EKS VPC CNI gives every pod a VPC address, so keep it roomy."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.cidr_block)) && can(regex("/1[6-8]$", var.cidr_block))
    error_message = "cidr_block must be a valid IPv4 CIDR from /16 to /18 (public subnets are /24 of a /16, and load balancers need at least a /27)."
  }
}

variable "availability_zones" {
  description = "Two or three availability zones; one public and one private subnet in each."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2 && length(var.availability_zones) <= 3 && length(distinct(var.availability_zones)) == length(var.availability_zones)
    error_message = "availability_zones must list 2 or 3 distinct zones."
  }
}

variable "nat_gateway_mode" {
  description = "\"single\": one NAT gateway for the whole VPC (cheap; an AZ outage cuts egress). \"one_per_az\": one per zone (resilient; one hourly charge per zone)."
  type        = string
  default     = "single"

  validation {
    condition     = contains(["single", "one_per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be \"single\" or \"one_per_az\"."
  }
}

variable "cluster_name" {
  description = "EKS cluster that shares these subnets (adds the kubernetes.io/cluster tag); null when none."
  type        = string
  default     = null
}

variable "flow_log_traffic_type" {
  description = "Which flows VPC Flow Logs records: ACCEPT, REJECT or ALL. REJECT keeps ingestion cost low in dev."
  type        = string
  default     = "REJECT"

  validation {
    condition     = contains(["ACCEPT", "REJECT", "ALL"], var.flow_log_traffic_type)
    error_message = "flow_log_traffic_type must be ACCEPT, REJECT or ALL."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the flow logs."
  type        = number
  default     = 7

  validation {
    # The values CloudWatch Logs accepts for retentionInDays.
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, ...)."
  }
}
