output "role_arn" {
  description = "ARN of the deploy role (the GitHub environment's AWS_DEPLOY_ROLE_ARN variable)."
  # Built from the name (known at plan time, like every ARN in this module's policies).
  value      = local.role_arn
  depends_on = [aws_iam_role.deploy]
}

output "role_name" {
  description = "Name of the deploy role."
  value       = aws_iam_role.deploy.name
}

output "oidc_provider_arn" {
  description = "ARN of the account's GitHub OIDC provider."
  value       = local.github_oidc_provider_arn
}

output "allowed_subjects" {
  description = "The token subjects the role trusts (branch and environment)."
  value       = local.allowed_subjects
}
