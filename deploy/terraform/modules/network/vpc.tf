resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true # EKS nodes and interface endpoints need DNS hostnames.

  tags = { Name = var.name }
}

# Adopt the VPC's default security group and leave it with no rules, so nothing that
# forgets to name a security group ends up with the permissive default.
resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id

  tags = { Name = "${var.name}-default-deny" }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id

  tags = { Name = var.name }
}

# Gateway endpoints are free: ECR image layers are stored in S3, so node and task image
# pulls stop paying NAT data processing.
resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.${data.aws_region.current.name}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.private[*].id

  tags = { Name = "${var.name}-s3" }
}

data "aws_region" "current" {}

data "aws_partition" "current" {}
