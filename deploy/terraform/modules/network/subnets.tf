locals {
  az_count = length(var.availability_zones)

  # Private subnets take the first /19s (pods get VPC addresses from the VPC CNI); public
  # subnets only hold load balancers and NAT gateways, so small /24s near the top suffice.
  # For a /16: private 10.0.0.0/19, 10.0.32.0/19, ...; public 10.0.240.0/24, 10.0.241.0/24, ...
  private_newbits = 3
  public_newbits  = 8

  cluster_tag = var.cluster_name == null ? {} : { "kubernetes.io/cluster/${var.cluster_name}" = "shared" }
}

resource "aws_subnet" "public" {
  count = local.az_count

  vpc_id            = aws_vpc.this.id
  availability_zone = var.availability_zones[count.index]
  cidr_block        = cidrsubnet(var.cidr_block, local.public_newbits, pow(2, local.public_newbits) - 16 + count.index)

  # Nothing launched here needs an automatic public IP: load balancers and NAT gateways
  # get their own addresses.
  map_public_ip_on_launch = false

  tags = merge(local.cluster_tag, {
    Name = "${var.name}-public-${var.availability_zones[count.index]}"
    # The AWS Load Balancer Controller places internet-facing load balancers in subnets
    # with this tag (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/).
    "kubernetes.io/role/elb" = "1"
    Tier                     = "public"
  })
}

resource "aws_subnet" "private" {
  count = local.az_count

  vpc_id            = aws_vpc.this.id
  availability_zone = var.availability_zones[count.index]
  cidr_block        = cidrsubnet(var.cidr_block, local.private_newbits, count.index)

  tags = merge(local.cluster_tag, {
    Name = "${var.name}-private-${var.availability_zones[count.index]}"
    # ... and internal load balancers in subnets with this one.
    "kubernetes.io/role/internal-elb" = "1"
    Tier                              = "private"
  })
}
