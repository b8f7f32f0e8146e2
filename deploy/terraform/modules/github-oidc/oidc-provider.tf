# GitHub's OIDC issuer (https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services).
# The audience is what aws-actions/configure-aws-credentials requests. Since mid-2023 IAM
# validates GitHub's certificate against its own CA library and ignores thumbprints for this
# issuer (aws-actions/configure-aws-credentials#763); the two published intermediates are
# kept for older partitions/tools that still read them
# (https://github.blog/changelog/2023-06-27-github-actions-update-on-oidc-integration-with-aws/).
locals {
  github_oidc_host     = "token.actions.githubusercontent.com"
  github_oidc_audience = "sts.amazonaws.com"
  # Built rather than read from the resource so the trust policy is known at plan time, and
  # identical whether this stack created the provider or the account already had one.
  github_oidc_provider_arn = "arn:${local.partition}:iam::${var.account_id}:oidc-provider/${local.github_oidc_host}"
}

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_oidc_provider ? 1 : 0

  url            = "https://${local.github_oidc_host}"
  client_id_list = [local.github_oidc_audience]
  thumbprint_list = [
    "6938fd4d98bab03faadb97b34396831e3780aea1",
    "1c58a3a8518e8759bf075b76b750d4f2df264fcd",
  ]
}
