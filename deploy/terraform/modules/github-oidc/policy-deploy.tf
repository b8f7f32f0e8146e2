# What every pipeline run needs, whatever manages the infrastructure: push the image, read
# and lock this environment's Terraform state, and reach the deploy target.

locals {
  ecr_repository_arn = "arn:${local.partition}:ecr:${local.region}:${var.account_id}:repository/${var.ecr_repository_name}"
  state_bucket_arn   = "arn:${local.partition}:s3:::${var.state_bucket_name}"
  state_object_arn   = "${local.state_bucket_arn}/${var.state_key}"
}

resource "aws_iam_role_policy" "ecr_push" {
  name = "ecr-push"
  role = aws_iam_role.deploy.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        # GetAuthorizationToken has no resource-level permissions: AWS requires "*".
        Sid      = "RegistryLogin"
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken"]
        Resource = "*"
      },
      {
        Sid    = "PushAndInspectThisRepository"
        Effect = "Allow"
        Action = [
          "ecr:BatchCheckLayerAvailability",
          "ecr:InitiateLayerUpload",
          "ecr:UploadLayerPart",
          "ecr:CompleteLayerUpload",
          "ecr:PutImage",
          "ecr:BatchGetImage",
          "ecr:GetDownloadUrlForLayer",
          "ecr:DescribeImages",
          "ecr:DescribeImageScanFindings",
        ]
        Resource = local.ecr_repository_arn
      },
    ]
  })
}

# The S3 backend's documented permissions with S3-native locking
# (https://developer.hashicorp.com/terraform/language/backend/s3#permissions-required):
# list the bucket, read/write this environment's state object, and create/delete its .tflock
# object. Other environments' state in the same bucket stays out of reach.
resource "aws_iam_role_policy" "terraform_state" {
  name = "terraform-state"
  role = aws_iam_role.deploy.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        # Listing reveals key names only; the backend lists the bucket for workspaces.
        Sid      = "ListStateBucket"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = local.state_bucket_arn
      },
      {
        Sid      = "ReadWriteState"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = local.state_object_arn
      },
      {
        Sid      = "StateLock"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource = "${local.state_object_arn}.tflock"
      },
    ]
  })
}

resource "aws_iam_role_policy" "eks_deploy" {
  count = var.eks_cluster_name == null ? 0 : 1

  name = "eks-deploy"
  role = aws_iam_role.deploy.id

  # Kubernetes permissions come from the cluster's access entry; IAM only needs to let the
  # role fetch the endpoint for `aws eks update-kubeconfig`, and watch the controller's load
  # balancers disappear before a destroy.
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Kubeconfig"
        Effect   = "Allow"
        Action   = ["eks:DescribeCluster"]
        Resource = "arn:${local.partition}:eks:${local.region}:${var.account_id}:cluster/${var.eks_cluster_name}"
      },
      {
        # Describe calls of Elastic Load Balancing have no resource-level permissions.
        Sid      = "WatchLoadBalancers"
        Effect   = "Allow"
        Action   = ["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTargetGroups"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role_policy" "ecs_deploy" {
  count = var.ecs == null ? 0 : 1

  name = "ecs-deploy"
  role = aws_iam_role.deploy.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        # Task definitions are registered and described without resource-level permissions.
        Sid      = "RegisterTaskDefinitions"
        Effect   = "Allow"
        Action   = ["ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition"]
        Resource = "*"
      },
      {
        Sid       = "TagTaskDefinitionsOnRegister"
        Effect    = "Allow"
        Action    = ["ecs:TagResource"]
        Resource  = "arn:${local.partition}:ecs:${local.region}:${var.account_id}:task-definition/${var.ecs.task_family}:*"
        Condition = { StringEquals = { "ecs:CreateAction" = "RegisterTaskDefinition" } }
      },
      {
        Sid      = "RollOutThisService"
        Effect   = "Allow"
        Action   = ["ecs:UpdateService", "ecs:DescribeServices"]
        Resource = "arn:${local.partition}:ecs:${local.region}:${var.account_id}:service/${var.ecs.cluster_name}/${var.ecs.service_name}"
      },
      {
        Sid       = "PassTheTaskRoles"
        Effect    = "Allow"
        Action    = ["iam:PassRole"]
        Resource  = [for r in var.ecs.role_names : "arn:${local.partition}:iam::${var.account_id}:role/${r}"]
        Condition = { StringEquals = { "iam:PassedToService" = "ecs-tasks.amazonaws.com" } }
      },
      {
        Sid      = "FindTheLoadBalancer"
        Effect   = "Allow"
        Action   = ["elasticloadbalancing:DescribeLoadBalancers"]
        Resource = "*"
      },
    ]
  })
}
