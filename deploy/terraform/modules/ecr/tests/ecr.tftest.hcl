# The registry holds what runs in production: every push is scanned and no tag can be
# re-pointed at another image.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  name = "netflix-clone"
}

run "images_are_scanned_immutable_and_encrypted" {
  command = plan

  assert {
    condition     = aws_ecr_repository.this.image_scanning_configuration[0].scan_on_push == true
    error_message = "ECR must scan every image on push."
  }
  assert {
    condition     = aws_ecr_repository.this.image_tag_mutability == "IMMUTABLE"
    error_message = "ECR tags must be immutable."
  }
  assert {
    condition     = aws_ecr_repository.this.encryption_configuration[0].encryption_type == "KMS"
    error_message = "ECR images must be encrypted with KMS."
  }
  assert {
    condition     = aws_ecr_repository.this.force_delete == false
    error_message = "By default a repository holding images must not be deleted."
  }
}

run "old_images_expire" {
  command = plan

  assert {
    condition = (
      [for r in jsondecode(aws_ecr_lifecycle_policy.this.policy).rules : r.selection.tagStatus] == ["untagged", "any"] &&
      jsondecode(aws_ecr_lifecycle_policy.this.policy).rules[1].selection.countNumber == 30
    )
    error_message = "The lifecycle policy must expire untagged images and keep the 30 newest tagged ones."
  }
}

run "rejects_an_invalid_repository_name" {
  command = plan

  variables {
    name = "Netflix Clone"
  }

  expect_failures = [var.name]
}
