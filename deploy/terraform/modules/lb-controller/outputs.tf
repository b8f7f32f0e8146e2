output "role_arn" {
  description = "IAM role the controller's pods receive through Pod Identity."
  value       = aws_iam_role.this.arn
}

output "namespace" {
  description = "Namespace the controller must be installed in."
  value       = var.namespace
}

output "service_account" {
  description = "Service account name the controller must run as."
  value       = var.service_account
}
