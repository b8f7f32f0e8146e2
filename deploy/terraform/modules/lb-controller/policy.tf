# The controller's documented IAM policy, as published for v3.5.0 at
# https://github.com/kubernetes-sigs/aws-load-balancer-controller/blob/main/docs/install/iam_policy.json
# (checked against the repository at v3.5.0). Keep it in step with the controller version the
# pipeline installs; the upstream file changes when the controller learns new API calls.
#
# Many statements use Resource "*": the controller discovers and creates resources whose ARNs
# it cannot know in advance. Mutations are fenced instead by the elbv2.k8s.aws/cluster tag the
# controller puts on everything it creates. No statement uses a wildcard action.

data "aws_partition" "current" {}

locals {
  partition = data.aws_partition.current.partition

  # Tag the controller sets on the load balancers, target groups and security groups it owns.
  owned_tag = "elbv2.k8s.aws/cluster"

  load_balancer_and_target_group_arns = [
    "arn:${local.partition}:elasticloadbalancing:*:*:targetgroup/*/*",
    "arn:${local.partition}:elasticloadbalancing:*:*:loadbalancer/net/*/*",
    "arn:${local.partition}:elasticloadbalancing:*:*:loadbalancer/app/*/*",
  ]

  controller_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "CreateElbServiceLinkedRole"
        Effect    = "Allow"
        Action    = ["iam:CreateServiceLinkedRole"]
        Resource  = "*"
        Condition = { StringEquals = { "iam:AWSServiceName" = "elasticloadbalancing.amazonaws.com" } }
      },
      {
        Sid    = "Discover"
        Effect = "Allow"
        Action = [
          "ec2:DescribeAccountAttributes",
          "ec2:DescribeAddresses",
          "ec2:DescribeAvailabilityZones",
          "ec2:DescribeInternetGateways",
          "ec2:DescribeVpcs",
          "ec2:DescribeVpcPeeringConnections",
          "ec2:DescribeSubnets",
          "ec2:DescribeSecurityGroups",
          "ec2:DescribeInstances",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DescribeTags",
          "ec2:GetCoipPoolUsage",
          "ec2:DescribeCoipPools",
          "ec2:GetSecurityGroupsForVpc",
          "ec2:DescribeIpamPools",
          "ec2:DescribeRouteTables",
          "elasticloadbalancing:DescribeLoadBalancers",
          "elasticloadbalancing:DescribeLoadBalancerAttributes",
          "elasticloadbalancing:DescribeListeners",
          "elasticloadbalancing:DescribeListenerCertificates",
          "elasticloadbalancing:DescribeSSLPolicies",
          "elasticloadbalancing:DescribeRules",
          "elasticloadbalancing:DescribeTargetGroups",
          "elasticloadbalancing:DescribeTargetGroupAttributes",
          "elasticloadbalancing:DescribeTargetHealth",
          "elasticloadbalancing:DescribeTags",
          "elasticloadbalancing:DescribeTrustStores",
          "elasticloadbalancing:DescribeListenerAttributes",
          "elasticloadbalancing:DescribeCapacityReservation",
        ]
        Resource = "*"
      },
      {
        Sid    = "CertificatesFirewallsAndAuth"
        Effect = "Allow"
        Action = [
          "cognito-idp:DescribeUserPoolClient",
          "acm:ListCertificates",
          "acm:DescribeCertificate",
          "iam:ListServerCertificates",
          "iam:GetServerCertificate",
          "waf-regional:GetWebACL",
          "waf-regional:GetWebACLForResource",
          "waf-regional:AssociateWebACL",
          "waf-regional:DisassociateWebACL",
          "wafv2:GetWebACL",
          "wafv2:GetWebACLForResource",
          "wafv2:AssociateWebACL",
          "wafv2:DisassociateWebACL",
          "shield:GetSubscriptionState",
          "shield:DescribeProtection",
          "shield:CreateProtection",
          "shield:DeleteProtection",
        ]
        Resource = "*"
      },
      {
        Sid      = "ManageSecurityGroupRules"
        Effect   = "Allow"
        Action   = ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"]
        Resource = "*"
      },
      {
        Sid      = "CreateSecurityGroups"
        Effect   = "Allow"
        Action   = ["ec2:CreateSecurityGroup"]
        Resource = "*"
      },
      {
        Sid      = "TagSecurityGroupsOnCreate"
        Effect   = "Allow"
        Action   = ["ec2:CreateTags"]
        Resource = "arn:${local.partition}:ec2:*:*:security-group/*"
        Condition = {
          StringEquals = { "ec2:CreateAction" = "CreateSecurityGroup" }
          Null         = { "aws:RequestTag/${local.owned_tag}" = "false" }
        }
      },
      {
        Sid      = "RetagOwnedSecurityGroups"
        Effect   = "Allow"
        Action   = ["ec2:CreateTags", "ec2:DeleteTags"]
        Resource = "arn:${local.partition}:ec2:*:*:security-group/*"
        Condition = {
          Null = {
            "aws:RequestTag/${local.owned_tag}"  = "true"
            "aws:ResourceTag/${local.owned_tag}" = "false"
          }
        }
      },
      {
        Sid       = "ManageOwnedSecurityGroups"
        Effect    = "Allow"
        Action    = ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup"]
        Resource  = "*"
        Condition = { Null = { "aws:ResourceTag/${local.owned_tag}" = "false" } }
      },
      {
        Sid       = "CreateTaggedLoadBalancers"
        Effect    = "Allow"
        Action    = ["elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"]
        Resource  = "*"
        Condition = { Null = { "aws:RequestTag/${local.owned_tag}" = "false" } }
      },
      {
        Sid    = "ManageListenersAndRules"
        Effect = "Allow"
        Action = [
          "elasticloadbalancing:CreateListener",
          "elasticloadbalancing:DeleteListener",
          "elasticloadbalancing:CreateRule",
          "elasticloadbalancing:DeleteRule",
        ]
        Resource = "*"
      },
      {
        Sid      = "RetagOwnedLoadBalancers"
        Effect   = "Allow"
        Action   = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
        Resource = local.load_balancer_and_target_group_arns
        Condition = {
          Null = {
            "aws:RequestTag/${local.owned_tag}"  = "true"
            "aws:ResourceTag/${local.owned_tag}" = "false"
          }
        }
      },
      {
        Sid    = "TagListenersAndRules"
        Effect = "Allow"
        Action = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
        Resource = [
          "arn:${local.partition}:elasticloadbalancing:*:*:listener/net/*/*/*",
          "arn:${local.partition}:elasticloadbalancing:*:*:listener/app/*/*/*",
          "arn:${local.partition}:elasticloadbalancing:*:*:listener-rule/net/*/*/*",
          "arn:${local.partition}:elasticloadbalancing:*:*:listener-rule/app/*/*/*",
        ]
      },
      {
        Sid    = "ManageOwnedLoadBalancers"
        Effect = "Allow"
        Action = [
          "elasticloadbalancing:ModifyLoadBalancerAttributes",
          "elasticloadbalancing:SetIpAddressType",
          "elasticloadbalancing:SetSecurityGroups",
          "elasticloadbalancing:SetSubnets",
          "elasticloadbalancing:DeleteLoadBalancer",
          "elasticloadbalancing:ModifyTargetGroup",
          "elasticloadbalancing:ModifyTargetGroupAttributes",
          "elasticloadbalancing:DeleteTargetGroup",
          "elasticloadbalancing:ModifyListenerAttributes",
          "elasticloadbalancing:ModifyCapacityReservation",
          "elasticloadbalancing:ModifyIpPools",
        ]
        Resource  = "*"
        Condition = { Null = { "aws:ResourceTag/${local.owned_tag}" = "false" } }
      },
      {
        Sid      = "TagLoadBalancersOnCreate"
        Effect   = "Allow"
        Action   = ["elasticloadbalancing:AddTags"]
        Resource = local.load_balancer_and_target_group_arns
        Condition = {
          StringEquals = { "elasticloadbalancing:CreateAction" = ["CreateTargetGroup", "CreateLoadBalancer"] }
          Null         = { "aws:RequestTag/${local.owned_tag}" = "false" }
        }
      },
      {
        Sid      = "RegisterTargets"
        Effect   = "Allow"
        Action   = ["elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"]
        Resource = "arn:${local.partition}:elasticloadbalancing:*:*:targetgroup/*/*"
      },
      {
        Sid    = "ManageListenerSettings"
        Effect = "Allow"
        Action = [
          "elasticloadbalancing:SetWebAcl",
          "elasticloadbalancing:ModifyListener",
          "elasticloadbalancing:AddListenerCertificates",
          "elasticloadbalancing:RemoveListenerCertificates",
          "elasticloadbalancing:ModifyRule",
          "elasticloadbalancing:SetRulePriorities",
        ]
        Resource = "*"
      },
    ]
  })
}
