# The deploy role is the pipeline's only way into AWS: it must trust exactly this
# repository's main branch or its dev environment, and hold no wildcard powers.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  name                = "netflix-clone-dev"
  account_id          = "123456789012"
  github_repository   = "acme/netflix-clone"
  ecr_repository_name = "netflix-clone"
  eks_cluster_name    = "netflix-clone-dev"
  state_bucket_name   = "netflix-clone-tfstate-123456789012-us-east-1"
  ecs = {
    cluster_name = "netflix-clone-dev"
    service_name = "netflix-clone"
    task_family  = "netflix-clone-dev"
    role_names   = ["netflix-clone-dev-ecs-execution", "netflix-clone-dev-ecs-task"]
  }
}

run "trust_is_limited_to_this_repository" {
  command = plan

  assert {
    condition     = jsondecode(aws_iam_role.deploy.assume_role_policy).Statement[0].Principal.Federated == "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    error_message = "The deploy role must trust the account's GitHub OIDC provider."
  }
  assert {
    condition     = jsondecode(aws_iam_role.deploy.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:aud"] == "sts.amazonaws.com"
    error_message = "The deploy role must require the sts.amazonaws.com audience."
  }
  assert {
    condition = jsondecode(aws_iam_role.deploy.assume_role_policy).Statement[0].Condition.StringEquals["token.actions.githubusercontent.com:sub"] == [
      "repo:acme/netflix-clone:ref:refs/heads/main",
      "repo:acme/netflix-clone:environment:dev",
    ]
    error_message = "OIDC trust must be limited to this repository's main branch and dev environment."
  }
  assert {
    condition     = keys(jsondecode(aws_iam_role.deploy.assume_role_policy).Statement[0].Condition) == ["StringEquals"] && length(jsondecode(aws_iam_role.deploy.assume_role_policy).Statement) == 1
    error_message = "OIDC trust must use exact matches only (no StringLike) in a single statement."
  }
  assert {
    condition     = aws_iam_openid_connect_provider.github[0].client_id_list == toset(["sts.amazonaws.com"]) && aws_iam_openid_connect_provider.github[0].url == "https://token.actions.githubusercontent.com"
    error_message = "The OIDC provider must be GitHub's issuer with the STS audience."
  }
}

run "permissions_are_scoped_and_cannot_widen_themselves" {
  command = plan

  assert {
    condition = alltrue(flatten([
      for doc in concat([aws_iam_role_policy.ecr_push.policy, aws_iam_role_policy.terraform_state.policy, aws_iam_role_policy.eks_deploy[0].policy, aws_iam_role_policy.ecs_deploy[0].policy], [for p in aws_iam_policy.infrastructure : p.policy]) : [
        for s in jsondecode(doc).Statement : [
          for a in flatten([s.Action]) : s.Effect == "Deny" || (a != "*" && !endswith(a, ":*") && (!strcontains(a, "*") || can(regex("^[a-z0-9-]+:(Describe|Get|List)[A-Za-z]*\\*$", a))))
        ]
      ]
    ]))
    error_message = "No \"*\" actions: wildcards are allowed only on read verbs (Describe*, Get*, List*)."
  }
  assert {
    condition     = alltrue([for p in aws_iam_policy.infrastructure : length(p.policy) <= 6144])
    error_message = "Each managed policy must fit IAM's 6,144-character limit."
  }
  assert {
    condition     = length(aws_iam_role_policy.ecr_push.policy) + length(aws_iam_role_policy.terraform_state.policy) + length(aws_iam_role_policy.eks_deploy[0].policy) + length(aws_iam_role_policy.ecs_deploy[0].policy) <= 10240
    error_message = "The inline policies together must fit IAM's 10,240-character limit."
  }
  assert {
    condition = [for s in jsondecode(aws_iam_role_policy.ecr_push.policy).Statement : s.Resource] == [
      "*", "arn:aws:ecr:us-east-1:123456789012:repository/netflix-clone",
    ] && jsondecode(aws_iam_role_policy.ecr_push.policy).Statement[0].Action == ["ecr:GetAuthorizationToken"]
    error_message = "ECR push must be scoped to the app's repository (only the login token is account-wide)."
  }
  assert {
    condition = [for s in jsondecode(aws_iam_role_policy.terraform_state.policy).Statement : s.Resource] == [
      "arn:aws:s3:::netflix-clone-tfstate-123456789012-us-east-1",
      "arn:aws:s3:::netflix-clone-tfstate-123456789012-us-east-1/netflix-clone/dev/terraform.tfstate",
      "arn:aws:s3:::netflix-clone-tfstate-123456789012-us-east-1/netflix-clone/dev/terraform.tfstate.tflock",
    ]
    error_message = "State access must be limited to this environment's state object and lock file."
  }
  assert {
    condition     = jsondecode(aws_iam_role_policy.eks_deploy[0].policy).Statement[0].Resource == "arn:aws:eks:us-east-1:123456789012:cluster/netflix-clone-dev"
    error_message = "EKS access must be limited to this environment's cluster."
  }
  assert {
    condition = anytrue([
      for s in jsondecode(aws_iam_policy.infrastructure["identity"].policy).Statement :
      s.Effect == "Deny" && contains(flatten([s.Resource]), "arn:aws:iam::123456789012:role/netflix-clone-dev-github-deploy") && contains(flatten([s.Action]), "iam:PutRolePolicy") && contains(flatten([s.Action]), "iam:UpdateAssumeRolePolicy")
    ])
    error_message = "The deploy role must be denied changing its own policies and trust."
  }
  assert {
    condition = alltrue([
      for s in jsondecode(aws_iam_policy.infrastructure["identity"].policy).Statement :
      lookup(s, "Condition", null) != null if s.Effect == "Allow" && (contains(flatten([s.Action]), "iam:PassRole") || contains(flatten([s.Action]), "iam:AttachRolePolicy"))
    ])
    error_message = "PassRole and AttachRolePolicy must be conditioned (target service, allowed policies)."
  }
}

run "deploy_only_mode_and_existing_provider" {
  command = plan

  variables {
    manage_infrastructure = false
    create_oidc_provider  = false
    eks_cluster_name      = null
  }

  assert {
    condition     = length(aws_iam_policy.infrastructure) == 0 && length(aws_iam_openid_connect_provider.github) == 0 && length(aws_iam_role_policy.eks_deploy) == 0
    error_message = "manage_infrastructure = false must leave only the deploy policies; an existing OIDC provider must not be recreated."
  }
  assert {
    condition     = jsondecode(aws_iam_role_policy.ecs_deploy[0].policy).Statement[2].Resource == "arn:aws:ecs:us-east-1:123456789012:service/netflix-clone-dev/netflix-clone"
    error_message = "ECS deploys must be limited to this environment's service."
  }
}

run "rejects_a_wildcard_repository" {
  command = plan

  variables {
    github_repository = "acme/*"
  }

  expect_failures = [var.github_repository]
}
