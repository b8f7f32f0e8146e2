# The state bucket holds every secret Terraform knows: it must be private, encrypted,
# versioned and TLS-only, and the deploy role must only ever see this environment's state.

mock_provider "aws" {
  source = "../testing/aws-mock"
}

variables {
  github_repository = "acme/netflix-clone"
}

run "state_bucket_is_locked_down_and_deploy_role_created_here" {
  command = apply

  assert {
    condition     = aws_s3_bucket.state.bucket == "netflix-clone-tfstate-123456789012-us-east-1" && aws_s3_bucket.state.force_destroy == false
    error_message = "The state bucket must get its unique default name and refuse deletion with state inside."
  }
  assert {
    condition = (
      aws_s3_bucket_public_access_block.state.block_public_acls && aws_s3_bucket_public_access_block.state.block_public_policy &&
      aws_s3_bucket_public_access_block.state.ignore_public_acls && aws_s3_bucket_public_access_block.state.restrict_public_buckets &&
      aws_s3_bucket_public_access_block.state.bucket == aws_s3_bucket.state.id
    )
    error_message = "All four public access blocks must be on for the state bucket."
  }
  assert {
    condition     = aws_s3_bucket_versioning.state.versioning_configuration[0].status == "Enabled"
    error_message = "State bucket versioning must be enabled."
  }
  assert {
    condition     = [for r in aws_s3_bucket_server_side_encryption_configuration.state.rule : [for d in r.apply_server_side_encryption_by_default : d.sse_algorithm]] == [["AES256"]]
    error_message = "The state bucket must encrypt objects at rest."
  }
  assert {
    condition     = aws_s3_bucket_ownership_controls.state.rule[0].object_ownership == "BucketOwnerEnforced"
    error_message = "ACLs must be disabled on the state bucket."
  }
  assert {
    condition = anytrue([
      for s in jsondecode(aws_s3_bucket_policy.state.policy).Statement :
      s.Effect == "Deny" && s.Principal == "*" && s.Condition == { Bool = { "aws:SecureTransport" = "false" } }
    ])
    error_message = "The state bucket must refuse plain-HTTP requests."
  }
  assert {
    condition     = output.deploy_role_arn == "arn:aws:iam::123456789012:role/netflix-clone-dev-github-deploy"
    error_message = "bootstrap must output the deploy role."
  }
  assert {
    condition     = module.github_oidc.allowed_subjects == ["repo:acme/netflix-clone:ref:refs/heads/main", "repo:acme/netflix-clone:environment:dev"]
    error_message = "The deploy role must trust only acme/netflix-clone's main branch and dev environment."
  }
  assert {
    condition     = output.state_key == "netflix-clone/dev/terraform.tfstate" && strcontains(output.backend_config, "bucket = \"netflix-clone-tfstate-123456789012-us-east-1\"")
    error_message = "bootstrap must hand envs/dev its backend settings."
  }
}

run "a_pinned_account_needs_no_lookup" {
  command = plan

  variables {
    aws_account_id = "210987654321"
  }

  assert {
    condition     = length(data.aws_caller_identity.current) == 0 && aws_s3_bucket.state.bucket == "netflix-clone-tfstate-210987654321-us-east-1"
    error_message = "A pinned account must be used as is."
  }
}
