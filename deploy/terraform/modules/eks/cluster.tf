data "aws_partition" "current" {}

locals {
  partition = data.aws_partition.current.partition
}

# EKS writes control-plane logs to this exact group name. Creating it first gives it a
# retention period; otherwise EKS creates it with logs kept forever.
resource "aws_cloudwatch_log_group" "cluster" {
  name              = "/aws/eks/${var.cluster_name}/cluster"
  retention_in_days = var.log_retention_days
}

# Envelope encryption of Kubernetes Secrets in etcd.
resource "aws_kms_key" "secrets" {
  description             = "${var.cluster_name} Kubernetes Secrets encryption"
  enable_key_rotation     = true
  deletion_window_in_days = 7
}

resource "aws_kms_alias" "secrets" {
  name          = "alias/${var.cluster_name}-secrets"
  target_key_id = aws_kms_key.secrets.key_id
}

resource "aws_eks_cluster" "this" {
  name     = var.cluster_name
  version  = var.kubernetes_version
  role_arn = aws_iam_role.cluster.arn

  # Access entries only (no aws-auth ConfigMap), and the creator gets no implicit admin:
  # who can use the API is exactly what access.tf says.
  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = false
  }

  # vpc-cni, kube-proxy and coredns come as managed add-ons (addons.tf) instead of the
  # unmanaged copies EKS would otherwise install.
  bootstrap_self_managed_addons = false

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = var.endpoint_public_access
    public_access_cidrs     = var.endpoint_public_access ? var.endpoint_public_access_cidrs : null
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.secrets.arn
    }
  }

  enabled_cluster_log_types = var.cluster_log_types

  # STANDARD support ends with the version's standard support window; EXTENDED support
  # costs six times the control-plane price, which a dev cluster should never pay silently.
  upgrade_policy {
    support_type = "STANDARD"
  }

  depends_on = [
    aws_cloudwatch_log_group.cluster,
    aws_iam_role_policy_attachment.cluster,
  ]
}
