terraform {
  required_version = ">= 1.11, < 2.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }

  # Partial configuration: bucket and region come from `terraform init
  # -backend-config=backend.hcl` (the bootstrap root prints the file's contents).
  # use_lockfile takes the state lock with an S3 conditional write (Terraform >= 1.10), so no
  # DynamoDB table is needed (https://developer.hashicorp.com/terraform/language/backend/s3).
  backend "s3" {
    key          = "netflix-clone/dev/terraform.tfstate"
    use_lockfile = true
    encrypt      = true
  }
}
