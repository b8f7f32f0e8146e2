# Warnings at plan time for settings that are allowed but deserve a second look.

check "eks_api_open_to_the_internet" {
  assert {
    condition     = !local.is_eks || !contains(var.eks_public_access_cidrs, "0.0.0.0/0")
    error_message = "The Kubernetes API endpoint accepts connections from anywhere (IAM still authenticates). Set eks_public_access_cidrs to your own and your runners' ranges when you can."
  }
}

check "availability_zones_distinct" {
  assert {
    condition     = length(distinct(local.azs)) == length(local.azs)
    error_message = "availability_zones lists a zone twice."
  }
}
