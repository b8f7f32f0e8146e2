output "region" {
  description = "Region of the state bucket (the S3 backend's `region`)."
  value       = var.region
}

output "state_bucket_name" {
  description = "State bucket (the S3 backend's `bucket`)."
  value       = aws_s3_bucket.state.bucket
}

output "state_key" {
  description = "State object of the environment (the S3 backend's `key`)."
  value       = local.state_key
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes through OIDC; set it as the AWS_DEPLOY_ROLE_ARN variable of the GitHub environment."
  value       = module.github_oidc.role_arn
}

output "github_environment" {
  description = "GitHub environment whose jobs may assume the deploy role."
  value       = coalesce(var.github_environment, var.environment)
}

output "backend_config" {
  description = "Contents for envs/<environment>/backend.hcl (`terraform init -backend-config=backend.hcl`)."
  value       = <<-EOT
    bucket = "${aws_s3_bucket.state.bucket}"
    key    = "${local.state_key}"
    region = "${var.region}"
  EOT
}
