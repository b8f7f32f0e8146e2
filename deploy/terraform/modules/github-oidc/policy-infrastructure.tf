# What `terraform apply` and `destroy` of envs/dev need when the pipeline runs them
# (var.manage_infrastructure). Scoped by service, region, and the environment's name prefix
# wherever the service puts names in ARNs; Resource "*" remains only where the resource's ID
# is random (VPC resources, KMS keys, scaling targets) or the API has no resource-level
# permissions. Reads use Describe*/Get*/List* so a provider upgrade that reads one more
# attribute does not break refresh; no statement allows "*" or a whole service.
#
# Guard rails against privilege escalation:
#   - the role may not change its own role or policies: it lives in the bootstrap root, which
#     an operator applies, and its state is out of the role's reach;
#   - it may pass roles only to the services this stack uses, and only its own roles;
#   - it may attach only the AWS managed policies listed in var.managed_policy_arns_allowed
#     and policies named with the environment's prefix.
# What remains: it can write a policy with the prefix and attach it to a role with the prefix.
# The `dev` GitHub environment's required reviewers are the control for that.
# Managed policies (not inline): together they exceed the 10,240-character inline limit, and
# each stays under the 6,144-character limit of one managed policy (a test checks both).

locals {
  arn_prefix = "arn:${local.partition}"
  in_region  = { StringEquals = { "aws:RequestedRegion" = local.region } }
  iam        = "${local.arn_prefix}:iam::${var.account_id}"
  cluster    = coalesce(var.eks_cluster_name, var.name)

  infrastructure_policies = {
    for group, statements in {
      network       = local.network_statements
      platform      = local.platform_statements
      keys-and-logs = local.keys_and_logs_statements
      identity      = local.identity_statements
    } : group => jsonencode({ Version = "2012-10-17", Statement = statements }) if var.manage_infrastructure
  }

  network_statements = [
    {
      Sid      = "ReadNetworkAndLoadBalancers"
      Effect   = "Allow"
      Action   = ["ec2:Describe*", "elasticloadbalancing:Describe*"]
      Resource = "*"
    },
    {
      # VPC resource IDs are random, so these are fenced by region rather than ARN.
      Sid    = "ManageVpc"
      Effect = "Allow"
      Action = [
        "ec2:CreateVpc", "ec2:DeleteVpc", "ec2:ModifyVpcAttribute",
        "ec2:CreateSubnet", "ec2:DeleteSubnet", "ec2:ModifySubnetAttribute",
        "ec2:CreateInternetGateway", "ec2:DeleteInternetGateway", "ec2:AttachInternetGateway", "ec2:DetachInternetGateway",
        "ec2:AllocateAddress", "ec2:ReleaseAddress", "ec2:DisassociateAddress",
        "ec2:CreateNatGateway", "ec2:DeleteNatGateway",
        "ec2:CreateRouteTable", "ec2:DeleteRouteTable", "ec2:CreateRoute", "ec2:DeleteRoute", "ec2:ReplaceRoute",
        "ec2:AssociateRouteTable", "ec2:DisassociateRouteTable", "ec2:ReplaceRouteTableAssociation",
        "ec2:CreateVpcEndpoint", "ec2:DeleteVpcEndpoints", "ec2:ModifyVpcEndpoint",
        "ec2:CreateSecurityGroup", "ec2:DeleteSecurityGroup",
        "ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress",
        "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress", "ec2:ModifySecurityGroupRules",
        "ec2:UpdateSecurityGroupRuleDescriptionsIngress", "ec2:UpdateSecurityGroupRuleDescriptionsEgress",
        "ec2:CreateFlowLogs", "ec2:DeleteFlowLogs",
        "ec2:CreateTags", "ec2:DeleteTags",
      ]
      Resource  = "*"
      Condition = local.in_region
    },
    {
      Sid    = "ManageThisEnvironmentsLoadBalancer"
      Effect = "Allow"
      Action = [
        "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:DeleteLoadBalancer",
        "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetSecurityGroups", "elasticloadbalancing:SetSubnets",
        "elasticloadbalancing:CreateTargetGroup", "elasticloadbalancing:DeleteTargetGroup",
        "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes",
        "elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener", "elasticloadbalancing:ModifyListener",
        "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags",
      ]
      Resource = [
        "${local.arn_prefix}:elasticloadbalancing:${local.region}:${var.account_id}:loadbalancer/app/${var.name}/*",
        "${local.arn_prefix}:elasticloadbalancing:${local.region}:${var.account_id}:targetgroup/${var.name}/*",
        "${local.arn_prefix}:elasticloadbalancing:${local.region}:${var.account_id}:listener/app/${var.name}/*",
      ]
    },
  ]

  platform_statements = [
    {
      Sid    = "ReadPlatform"
      Effect = "Allow"
      Action = [
        "eks:Describe*", "eks:List*", "ecs:Describe*", "ecs:List*", "ecr:Describe*", "ecr:List*", "ecr:GetLifecyclePolicy",
        "elasticache:Describe*", "elasticache:List*", "application-autoscaling:Describe*", "application-autoscaling:ListTagsForResource",
        "logs:Describe*", "logs:ListTagsForResource", "logs:ListTagsLogGroup", "cloudwatch:Describe*", "cloudwatch:GetDashboard", "cloudwatch:ListTagsForResource",
        "sns:GetTopicAttributes", "sns:GetSubscriptionAttributes", "sns:ListSubscriptionsByTopic", "sns:ListTagsForResource",
        "kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListResourceTags",
        "secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy", "secretsmanager:ListSecrets",
      ]
      Resource = "*"
    },
    {
      Sid    = "ManageThisEnvironmentsCluster"
      Effect = "Allow"
      Action = [
        "eks:CreateCluster", "eks:DeleteCluster", "eks:UpdateClusterConfig", "eks:UpdateClusterVersion", "eks:AssociateEncryptionConfig",
        "eks:CreateNodegroup", "eks:DeleteNodegroup", "eks:UpdateNodegroupConfig", "eks:UpdateNodegroupVersion",
        "eks:CreateAddon", "eks:DeleteAddon", "eks:UpdateAddon",
        "eks:CreateAccessEntry", "eks:DeleteAccessEntry", "eks:UpdateAccessEntry", "eks:AssociateAccessPolicy", "eks:DisassociateAccessPolicy",
        "eks:CreatePodIdentityAssociation", "eks:DeletePodIdentityAssociation", "eks:UpdatePodIdentityAssociation",
        "eks:TagResource", "eks:UntagResource",
      ]
      Resource = [
        "${local.arn_prefix}:eks:${local.region}:${var.account_id}:cluster/${local.cluster}",
        "${local.arn_prefix}:eks:${local.region}:${var.account_id}:nodegroup/${local.cluster}/*",
        "${local.arn_prefix}:eks:${local.region}:${var.account_id}:addon/${local.cluster}/*",
        "${local.arn_prefix}:eks:${local.region}:${var.account_id}:access-entry/${local.cluster}/*",
        "${local.arn_prefix}:eks:${local.region}:${var.account_id}:podidentityassociation/${local.cluster}/*",
      ]
    },
    {
      Sid    = "ManageThisEnvironmentsService"
      Effect = "Allow"
      Action = [
        "ecs:CreateCluster", "ecs:DeleteCluster", "ecs:UpdateCluster", "ecs:UpdateClusterSettings", "ecs:PutClusterCapacityProviders",
        "ecs:CreateService", "ecs:UpdateService", "ecs:DeleteService", "ecs:TagResource", "ecs:UntagResource",
      ]
      Resource = [
        "${local.arn_prefix}:ecs:${local.region}:${var.account_id}:cluster/${var.name}",
        "${local.arn_prefix}:ecs:${local.region}:${var.account_id}:service/${var.name}/*",
        "${local.arn_prefix}:ecs:${local.region}:${var.account_id}:task-definition/${var.name}:*",
      ]
    },
    {
      # Registering task definitions and scaling targets has no resource-level permissions.
      Sid       = "ManageTaskDefinitionsAndScaling"
      Effect    = "Allow"
      Action    = ["ecs:RegisterTaskDefinition", "ecs:DeregisterTaskDefinition", "application-autoscaling:RegisterScalableTarget", "application-autoscaling:DeregisterScalableTarget", "application-autoscaling:PutScalingPolicy", "application-autoscaling:DeleteScalingPolicy", "application-autoscaling:TagResource"]
      Resource  = "*"
      Condition = local.in_region
    },
    {
      Sid    = "ManageThisEnvironmentsRegistryCacheSecretAndAlarms"
      Effect = "Allow"
      Action = ["ecr:CreateRepository", "ecr:DeleteRepository", "ecr:BatchDeleteImage", "ecr:PutLifecyclePolicy", "ecr:DeleteLifecyclePolicy", "ecr:PutImageScanningConfiguration", "ecr:PutImageTagMutability", "ecr:TagResource", "ecr:UntagResource", "elasticache:CreateReplicationGroup", "elasticache:DeleteReplicationGroup", "elasticache:ModifyReplicationGroup", "elasticache:CreateCacheSubnetGroup", "elasticache:DeleteCacheSubnetGroup", "elasticache:ModifyCacheSubnetGroup", "elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource", "secretsmanager:CreateSecret", "secretsmanager:DeleteSecret", "secretsmanager:UpdateSecret", "secretsmanager:PutSecretValue", "secretsmanager:TagResource", "secretsmanager:UntagResource", "cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms", "cloudwatch:PutDashboard", "cloudwatch:DeleteDashboards", "cloudwatch:TagResource", "cloudwatch:UntagResource", "sns:CreateTopic", "sns:DeleteTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Unsubscribe", "sns:TagResource", "sns:UntagResource"]
      Resource = [
        local.ecr_repository_arn,
        "${local.arn_prefix}:elasticache:${local.region}:${var.account_id}:replicationgroup:${var.name}*",
        "${local.arn_prefix}:elasticache:${local.region}:${var.account_id}:cluster:${var.name}*",
        "${local.arn_prefix}:elasticache:${local.region}:${var.account_id}:subnetgroup:${var.name}*",
        "${local.arn_prefix}:elasticache:${local.region}:${var.account_id}:securitygroup:*",
        "${local.arn_prefix}:elasticache:${local.region}:${var.account_id}:parametergroup:default.*",
        "${local.arn_prefix}:elasticache:${local.region}:${var.account_id}:usergroup:*",
        "${local.arn_prefix}:secretsmanager:${local.region}:${var.account_id}:secret:${var.name}/*",
        "${local.arn_prefix}:cloudwatch:${local.region}:${var.account_id}:alarm:${var.name}-*",
        # Target tracking creates and deletes its alarms with the caller's permissions.
        "${local.arn_prefix}:cloudwatch:${local.region}:${var.account_id}:alarm:TargetTracking-service/${var.name}/*",
        "${local.arn_prefix}:cloudwatch::${var.account_id}:dashboard/${var.name}",
        "${local.arn_prefix}:sns:${local.region}:${var.account_id}:${var.name}-*",
      ]
    },
    {
      # The secret's version is read back on every refresh; only this environment's secrets.
      Sid      = "RefreshThisEnvironmentsSecret"
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = "${local.arn_prefix}:secretsmanager:${local.region}:${var.account_id}:secret:${var.name}/*"
    },
  ]

  keys_and_logs_statements = [
    {
      Sid    = "ManageThisEnvironmentsLogGroups"
      Effect = "Allow"
      Action = ["logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy", "logs:TagResource", "logs:UntagResource", "logs:TagLogGroup", "logs:UntagLogGroup"]
      Resource = [
        "${local.arn_prefix}:logs:${local.region}:${var.account_id}:log-group:/aws/vpc/${var.name}/*",
        "${local.arn_prefix}:logs:${local.region}:${var.account_id}:log-group:/aws/eks/${local.cluster}/*",
        "${local.arn_prefix}:logs:${local.region}:${var.account_id}:log-group:/aws/containerinsights/${local.cluster}/*",
        "${local.arn_prefix}:logs:${local.region}:${var.account_id}:log-group:/ecs/${var.name}*",
      ]
    },
    {
      # Key IDs are random; CreateKey has no resource. EKS encrypts Secrets through a grant it
      # makes as the cluster's creator, which kms:GrantIsForAWSResource limits to AWS services.
      Sid       = "ManageKeys"
      Effect    = "Allow"
      Action    = ["kms:CreateKey", "kms:EnableKeyRotation", "kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource", "kms:UpdateKeyDescription"]
      Resource  = "*"
      Condition = local.in_region
    },
    {
      Sid       = "GrantKeysToAwsServices"
      Effect    = "Allow"
      Action    = ["kms:CreateGrant"]
      Resource  = "*"
      Condition = { Bool = { "kms:GrantIsForAWSResource" = "true" } }
    },
    {
      Sid      = "ManageThisEnvironmentsKeyAliases"
      Effect   = "Allow"
      Action   = ["kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias"]
      Resource = ["${local.arn_prefix}:kms:${local.region}:${var.account_id}:alias/${var.name}-*", "${local.arn_prefix}:kms:${local.region}:${var.account_id}:key/*"]
    },
  ]

  identity_statements = [
    {
      Sid      = "ReadIdentity"
      Effect   = "Allow"
      Action   = ["iam:Get*", "iam:List*"]
      Resource = "*"
    },
    {
      Sid    = "ManageThisEnvironmentsRolesAndPolicies"
      Effect = "Allow"
      Action = [
        "iam:CreateRole", "iam:DeleteRole", "iam:UpdateRole", "iam:UpdateRoleDescription", "iam:UpdateAssumeRolePolicy",
        "iam:TagRole", "iam:UntagRole", "iam:PutRolePolicy", "iam:DeleteRolePolicy",
        "iam:CreatePolicy", "iam:DeletePolicy", "iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:TagPolicy", "iam:UntagPolicy",
      ]
      Resource = ["${local.iam}:role/${var.name}-*", "${local.iam}:policy/${var.name}-*"]
    },
    {
      Sid      = "AttachOnlyKnownPolicies"
      Effect   = "Allow"
      Action   = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"]
      Resource = "${local.iam}:role/${var.name}-*"
      Condition = {
        ArnLike = {
          "iam:PolicyARN" = concat(
            [for p in var.managed_policy_arns_allowed : "${local.arn_prefix}:iam::aws:policy/${p}"],
            ["${local.iam}:policy/${var.name}-*"],
          )
        }
      }
    },
    {
      Sid      = "PassOwnRolesToThisStacksServices"
      Effect   = "Allow"
      Action   = ["iam:PassRole"]
      Resource = "${local.iam}:role/${var.name}-*"
      Condition = {
        StringEquals = {
          "iam:PassedToService" = ["eks.amazonaws.com", "ecs-tasks.amazonaws.com", "vpc-flow-logs.amazonaws.com", "pods.eks.amazonaws.com"]
        }
      }
    },
    {
      Sid      = "ServiceLinkedRoles"
      Effect   = "Allow"
      Action   = ["iam:CreateServiceLinkedRole"]
      Resource = "*"
      Condition = {
        StringEquals = {
          "iam:AWSServiceName" = [
            "eks.amazonaws.com", "eks-nodegroup.amazonaws.com", "autoscaling.amazonaws.com", "ecs.amazonaws.com",
            "ecs.application-autoscaling.amazonaws.com", "elasticloadbalancing.amazonaws.com", "elasticache.amazonaws.com",
          ]
        }
      }
    },
    {
      Sid      = "GitHubOidcProvider"
      Effect   = "Allow"
      Action   = ["iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider", "iam:UpdateOpenIDConnectProviderThumbprint", "iam:AddClientIDToOpenIDConnectProvider", "iam:RemoveClientIDFromOpenIDConnectProvider", "iam:TagOpenIDConnectProvider", "iam:UntagOpenIDConnectProvider"]
      Resource = local.github_oidc_provider_arn
    },
    {
      # The role cannot widen itself (defence in depth: its own state is out of reach anyway).
      Sid    = "NoSelfModification"
      Effect = "Deny"
      Action = [
        "iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:AttachRolePolicy", "iam:DetachRolePolicy",
        "iam:PutRolePermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "iam:DeleteRole", "iam:UpdateRole", "iam:TagRole", "iam:UntagRole",
        "iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:DeletePolicy",
      ]
      Resource = [local.role_arn, "${local.iam}:policy/${local.role_name}-*"]
    },
  ]
}

resource "aws_iam_policy" "infrastructure" {
  for_each = local.infrastructure_policies

  name        = "${local.role_name}-${each.key}"
  description = "Lets the GitHub deploy role apply and destroy ${var.name} (${each.key} resources)."
  policy      = each.value
}

resource "aws_iam_role_policy_attachment" "infrastructure" {
  for_each = aws_iam_policy.infrastructure

  role       = aws_iam_role.deploy.name
  policy_arn = each.value.arn
}
