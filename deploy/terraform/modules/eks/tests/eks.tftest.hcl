# The cluster's security and wiring: private nodes, a narrowed API endpoint, encrypted
# Secrets, audit logs, the add-ons the app and the controller rely on, and who may use the API.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  cluster_name                 = "netflix-clone-dev"
  vpc_id                       = "vpc-0123456789abcdef0"
  private_subnet_ids           = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  endpoint_public_access_cidrs = ["203.0.113.0/24", "198.51.100.7/32"]
  access_entries = {
    github-deploy = { principal_arn = "arn:aws:iam::123456789012:role/netflix-clone-dev-github-deploy" }
    operator      = { principal_arn = "arn:aws:iam::123456789012:role/Operator", policy = "AmazonEKSViewPolicy" }
  }
}

run "private_al2023_nodes_and_a_narrowed_api_endpoint" {
  command = plan

  assert {
    condition     = aws_eks_node_group.default.subnet_ids == toset(var.private_subnet_ids)
    error_message = "Nodes must run only in the private subnets."
  }
  assert {
    condition     = aws_eks_node_group.default.ami_type == "AL2023_x86_64_STANDARD" && aws_eks_node_group.default.version == "1.33"
    error_message = "Nodes must be AL2023 managed nodes on the cluster's version."
  }
  assert {
    condition     = aws_eks_cluster.this.version == "1.33"
    error_message = "The control plane must run the requested Kubernetes version."
  }
  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].public_access_cidrs == toset(["203.0.113.0/24", "198.51.100.7/32"])
    error_message = "The public API endpoint must be limited to endpoint_public_access_cidrs."
  }
  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_private_access == true
    error_message = "The private API endpoint must be on (nodes talk to the API inside the VPC)."
  }
  assert {
    condition     = aws_eks_cluster.this.access_config[0].authentication_mode == "API" && aws_eks_cluster.this.access_config[0].bootstrap_cluster_creator_admin_permissions == false
    error_message = "Access must be by access entries only, with no implicit admin for the creator."
  }
}

run "private_only_endpoint" {
  command = plan

  variables {
    endpoint_public_access = false
  }

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_public_access == false
    error_message = "endpoint_public_access = false must close the public endpoint."
  }
}

run "encryption_logs_addons_and_access_entries" {
  command = apply

  assert {
    condition     = aws_eks_cluster.this.encryption_config[0].resources == toset(["secrets"]) && aws_eks_cluster.this.encryption_config[0].provider[0].key_arn == aws_kms_key.secrets.arn
    error_message = "Kubernetes Secrets must be encrypted with the cluster's KMS key."
  }
  assert {
    condition     = aws_kms_key.secrets.enable_key_rotation == true
    error_message = "The secrets key must rotate."
  }
  assert {
    condition     = toset(aws_eks_cluster.this.enabled_cluster_log_types) == toset(["api", "audit", "authenticator"]) && aws_cloudwatch_log_group.cluster.name == "/aws/eks/netflix-clone-dev/cluster" && aws_cloudwatch_log_group.cluster.retention_in_days == 7
    error_message = "api, audit and authenticator logs must go to the cluster's log group, with retention."
  }
  assert {
    condition     = aws_eks_cluster.this.upgrade_policy[0].support_type == "STANDARD"
    error_message = "The cluster must not fall into paid extended support silently."
  }
  assert {
    condition = toset(concat(
      [for a in aws_eks_addon.before_nodes : a.addon_name],
      [for a in aws_eks_addon.after_nodes : a.addon_name],
      aws_eks_addon.cloudwatch_observability[*].addon_name,
    )) == toset(["vpc-cni", "kube-proxy", "eks-pod-identity-agent", "coredns", "metrics-server", "amazon-cloudwatch-observability"])
    error_message = "The cluster needs vpc-cni, kube-proxy, eks-pod-identity-agent, coredns, metrics-server and amazon-cloudwatch-observability."
  }
  assert {
    condition     = jsondecode(aws_eks_addon.before_nodes["vpc-cni"].configuration_values).enableNetworkPolicy == "true"
    error_message = "The VPC CNI must enforce NetworkPolicies (enableNetworkPolicy)."
  }
  assert {
    condition     = [for p in aws_eks_addon.cloudwatch_observability[0].pod_identity_association : [p.role_arn, p.service_account]] == [[aws_iam_role.cloudwatch_agent[0].arn, "cloudwatch-agent"]]
    error_message = "The CloudWatch agent must get its credentials through Pod Identity."
  }
  assert {
    condition     = jsondecode(aws_iam_role.cloudwatch_agent[0].assume_role_policy).Statement[0].Condition.StringEquals["aws:RequestTag/kubernetes-service-account"] == "cloudwatch-agent"
    error_message = "The CloudWatch agent role must be assumable by its own service account only."
  }
  assert {
    condition     = aws_eks_access_entry.this["github-deploy"].principal_arn == "arn:aws:iam::123456789012:role/netflix-clone-dev-github-deploy"
    error_message = "The deploy role needs an access entry."
  }
  assert {
    condition = (
      aws_eks_access_policy_association.this["github-deploy"].policy_arn == "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy" &&
      aws_eks_access_policy_association.this["operator"].policy_arn == "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
    )
    error_message = "Access policies must follow access_entries (cluster admin by default)."
  }
}

run "rejects_an_unknown_access_policy_and_an_empty_endpoint_allow_list" {
  command = plan

  variables {
    access_entries = {
      anyone = { principal_arn = "arn:aws:iam::123456789012:role/Anyone", policy = "AdministratorAccess" }
    }
    endpoint_public_access_cidrs = []
  }

  expect_failures = [var.access_entries, var.endpoint_public_access_cidrs]
}
