# IAM for the AWS Load Balancer Controller through EKS Pod Identity: a role that only the
# controller's service account in this cluster can assume, holding the controller's policy.
# The controller itself is installed by the pipeline (Helm chart or manifests) into
# var.namespace with var.service_account.

resource "aws_iam_role" "this" {
  name = "${var.cluster_name}-aws-load-balancer-controller"

  # https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html: Pod Identity assumes
  # the role and tags the session with the cluster, namespace and service account.
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "pods.eks.amazonaws.com" }
      Action    = ["sts:AssumeRole", "sts:TagSession"]
      Condition = {
        StringEquals = {
          "aws:RequestTag/eks-cluster-name"           = var.cluster_name
          "aws:RequestTag/kubernetes-namespace"       = var.namespace
          "aws:RequestTag/kubernetes-service-account" = var.service_account
        }
      }
    }]
  })
}

resource "aws_iam_policy" "this" {
  name        = "${var.cluster_name}-aws-load-balancer-controller"
  description = "AWS Load Balancer Controller v3.x permissions (docs/install/iam_policy.json of kubernetes-sigs/aws-load-balancer-controller)."
  policy      = local.controller_policy
}

resource "aws_iam_role_policy_attachment" "this" {
  role       = aws_iam_role.this.name
  policy_arn = aws_iam_policy.this.arn
}

resource "aws_eks_pod_identity_association" "this" {
  cluster_name    = var.cluster_name
  namespace       = var.namespace
  service_account = var.service_account
  role_arn        = aws_iam_role.this.arn
}
