data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  partition = data.aws_partition.current.partition
  region    = data.aws_region.current.name
  role_name = "${var.name}-github-deploy"
  role_arn  = "arn:${local.partition}:iam::${var.account_id}:role/${local.role_name}"

  # GitHub puts exactly one of these in the token's `sub`: the environment form when the job
  # names an environment, the branch form otherwise. Exact matches only: no StringLike, so no
  # other repository, branch, tag or pull request can ever match.
  allowed_subjects = [
    "repo:${var.github_repository}:ref:refs/heads/${var.github_branch}",
    "repo:${var.github_repository}:environment:${var.github_environment}",
  ]
}

resource "aws_iam_role" "deploy" {
  name        = local.role_name
  description = "Assumed by GitHub Actions in ${var.github_repository} (${var.github_branch} branch or ${var.github_environment} environment) through OIDC."

  # A Terraform apply that creates an EKS cluster takes 15-25 minutes; allow up to two hours.
  max_session_duration = 7200

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "GitHubActionsThisRepositoryOnly"
      Effect    = "Allow"
      Principal = { Federated = local.github_oidc_provider_arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "${local.github_oidc_host}:aud" = local.github_oidc_audience
          "${local.github_oidc_host}:sub" = local.allowed_subjects
        }
      }
    }]
  })

  depends_on = [aws_iam_openid_connect_provider.github]
}
