# One managed node group in the private subnets: nodes have no public addresses and reach
# the internet (ECR, TMDB) through NAT. Without a custom launch template EKS applies its own,
# which for AL2023 requires IMDSv2.
resource "aws_eks_node_group" "default" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = var.private_subnet_ids
  version         = var.kubernetes_version

  ami_type       = var.node_ami_type
  capacity_type  = var.node_capacity_type
  instance_types = var.node_instance_types
  disk_size      = var.node_disk_size_gib

  scaling_config {
    min_size     = var.node_scaling.min
    desired_size = var.node_scaling.desired
    max_size     = var.node_scaling.max
  }

  update_config {
    max_unavailable = 1
  }

  labels = {
    "node.netflix-clone/pool" = "default"
  }

  # Nodes need pod networking and the pod identity agent's add-ons in place to turn Ready.
  depends_on = [
    aws_iam_role_policy_attachment.node,
    aws_eks_addon.before_nodes,
  ]
}
