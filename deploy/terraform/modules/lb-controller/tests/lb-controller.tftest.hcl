# The controller's role is usable only by its own service account, and its policy is the
# documented one: no wildcard actions, mutations fenced by the controller's ownership tag.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  cluster_name = "netflix-clone-dev"
}

run "only_the_controller_service_account_can_assume_the_role" {
  command = apply

  assert {
    condition     = aws_eks_pod_identity_association.this.namespace == "kube-system" && aws_eks_pod_identity_association.this.service_account == "aws-load-balancer-controller" && aws_eks_pod_identity_association.this.role_arn == aws_iam_role.this.arn
    error_message = "The role must be associated with kube-system/aws-load-balancer-controller."
  }
  assert {
    condition = jsondecode(aws_iam_role.this.assume_role_policy).Statement[0].Condition.StringEquals == {
      "aws:RequestTag/eks-cluster-name"           = "netflix-clone-dev"
      "aws:RequestTag/kubernetes-namespace"       = "kube-system"
      "aws:RequestTag/kubernetes-service-account" = "aws-load-balancer-controller"
    }
    error_message = "The trust policy must pin the cluster, namespace and service account."
  }
  assert {
    condition     = aws_iam_role_policy_attachment.this.policy_arn == aws_iam_policy.this.arn
    error_message = "The controller policy must be attached to the controller role."
  }
}

run "policy_has_no_wildcard_actions_and_fences_deletes_by_tag" {
  command = plan

  assert {
    condition = alltrue(flatten([
      for s in jsondecode(aws_iam_policy.this.policy).Statement : [for a in flatten([s.Action]) : !strcontains(a, "*")]
    ]))
    error_message = "The controller policy must not use wildcard actions."
  }
  assert {
    condition = alltrue([
      for s in jsondecode(aws_iam_policy.this.policy).Statement :
      lookup(lookup(s, "Condition", {}), "Null", {}) != {}
      if contains(flatten([s.Action]), "elasticloadbalancing:DeleteLoadBalancer") || contains(flatten([s.Action]), "ec2:DeleteSecurityGroup")
    ])
    error_message = "Deleting load balancers and security groups must require the controller's ownership tag."
  }
}
