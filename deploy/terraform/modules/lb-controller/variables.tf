variable "cluster_name" {
  description = "EKS cluster the controller runs in."
  type        = string
}

variable "namespace" {
  description = "Namespace of the controller's service account."
  type        = string
  default     = "kube-system"
}

variable "service_account" {
  description = "Service account the controller's pods run as (the Helm chart's default name)."
  type        = string
  default     = "aws-load-balancer-controller"
}
