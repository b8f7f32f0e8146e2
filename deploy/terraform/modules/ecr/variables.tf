variable "name" {
  description = "Repository name; the image name the pipeline pushes (netflix-clone)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*$", var.name))
    error_message = "name must be a valid ECR repository name (lowercase, digits, . _ -)."
  }
}

variable "tagged_images_to_keep" {
  description = "How many commit-tagged images to keep for rollbacks; older ones expire."
  type        = number
  default     = 30

  validation {
    condition     = var.tagged_images_to_keep >= 1 && var.tagged_images_to_keep <= 1000 && floor(var.tagged_images_to_keep) == var.tagged_images_to_keep
    error_message = "tagged_images_to_keep must be a whole number from 1 to 1000."
  }
}

variable "untagged_image_expiry_days" {
  description = "Days after which untagged images (superseded layers, failed pushes) expire."
  type        = number
  default     = 7

  validation {
    condition     = var.untagged_image_expiry_days >= 1 && var.untagged_image_expiry_days <= 365
    error_message = "untagged_image_expiry_days must be from 1 to 365."
  }
}

variable "kms_key_arn" {
  description = "Customer managed KMS key for image encryption; null uses the AWS managed ECR key."
  type        = string
  default     = null
}

variable "force_delete" {
  description = "Let `terraform destroy` delete the repository while it still holds images (true for throwaway environments)."
  type        = bool
  default     = false
}
