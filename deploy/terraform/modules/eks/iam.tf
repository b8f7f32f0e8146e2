# The cluster role (https://docs.aws.amazon.com/eks/latest/userguide/cluster-iam-role.html).
# Secrets encryption needs no extra grant here: EKS creates a KMS grant for itself with the
# cluster creator's kms:CreateGrant when the cluster is created.
resource "aws_iam_role" "cluster" {
  name = "${var.cluster_name}-cluster"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "eks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "cluster" {
  role       = aws_iam_role.cluster.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

# The node role (https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html):
# kubelet and the pod identity agent, image pulls, and the VPC CNI. The CNI policy stays on
# the node role rather than a pod identity so that nodes can never come up without pod
# networking while the pod identity agent itself is still starting.
resource "aws_iam_role" "node" {
  name = "${var.cluster_name}-node"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "node" {
  for_each = toset([
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryPullOnly",
    "AmazonEKS_CNI_Policy",
  ])

  role       = aws_iam_role.node.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/${each.value}"
}

# Trust policy for roles handed to pods through EKS Pod Identity, limited to one service
# account of this cluster with the session tags the agent sets
# (https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html).
locals {
  cloudwatch_agent_namespace       = "amazon-cloudwatch"
  cloudwatch_agent_service_account = "cloudwatch-agent"
}

resource "aws_iam_role" "cloudwatch_agent" {
  count = var.enable_cloudwatch_observability ? 1 : 0

  name = "${var.cluster_name}-cloudwatch-agent"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "pods.eks.amazonaws.com" }
      Action    = ["sts:AssumeRole", "sts:TagSession"]
      Condition = {
        StringEquals = {
          "aws:RequestTag/eks-cluster-name"           = var.cluster_name
          "aws:RequestTag/kubernetes-namespace"       = local.cloudwatch_agent_namespace
          "aws:RequestTag/kubernetes-service-account" = local.cloudwatch_agent_service_account
        }
      }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "cloudwatch_agent" {
  count = var.enable_cloudwatch_observability ? 1 : 0

  role       = aws_iam_role.cloudwatch_agent[0].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/CloudWatchAgentServerPolicy"
}
