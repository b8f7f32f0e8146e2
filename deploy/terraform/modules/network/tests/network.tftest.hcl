# Plans the network module against a mocked AWS provider and checks what the load
# balancer controller, the nodes and the cost profile depend on.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  name               = "netflix-clone-dev"
  account_id         = "123456789012"
  availability_zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
  cluster_name       = "netflix-clone-dev"
}

run "subnet_tags_and_flow_logs" {
  command = plan

  assert {
    condition     = length(aws_subnet.public) == 3 && length(aws_subnet.private) == 3
    error_message = "Expected one public and one private subnet per availability zone."
  }
  assert {
    condition     = alltrue([for s in aws_subnet.public : s.tags["kubernetes.io/role/elb"] == "1" && !contains(keys(s.tags), "kubernetes.io/role/internal-elb")])
    error_message = "Public subnets must carry kubernetes.io/role/elb=1 (and not the internal tag)."
  }
  assert {
    condition     = alltrue([for s in aws_subnet.private : s.tags["kubernetes.io/role/internal-elb"] == "1" && !contains(keys(s.tags), "kubernetes.io/role/elb")])
    error_message = "Private subnets must carry kubernetes.io/role/internal-elb=1 (and not the public tag)."
  }
  assert {
    condition     = alltrue([for s in concat(aws_subnet.public, aws_subnet.private) : s.tags["kubernetes.io/cluster/netflix-clone-dev"] == "shared"])
    error_message = "Subnets must be tagged as shared with the cluster."
  }
  assert {
    condition     = alltrue([for s in aws_subnet.public : s.map_public_ip_on_launch == false])
    error_message = "Public subnets must not hand out public IPs automatically."
  }
  assert {
    condition     = length(setintersection(aws_subnet.public[*].cidr_block, aws_subnet.private[*].cidr_block)) == 0 && aws_subnet.private[0].cidr_block == "10.0.0.0/19" && aws_subnet.public[0].cidr_block == "10.0.240.0/24"
    error_message = "Subnet ranges are not the documented layout (private /19s from the bottom, public /24s from 10.0.240.0)."
  }
  assert {
    condition     = aws_flow_log.this.traffic_type == "REJECT" && aws_cloudwatch_log_group.flow_logs.retention_in_days == 7
    error_message = "Flow logs must be on, with a retention period."
  }
  assert {
    condition     = jsondecode(aws_iam_role.flow_logs.assume_role_policy).Statement[0].Condition.StringEquals["aws:SourceAccount"] == "123456789012"
    error_message = "The flow-log role must only be assumable on behalf of this account."
  }
}

# Mocked apply: IDs exist, so the wiring between resources can be checked.
run "single_nat_gateway_and_locked_default_security_group" {
  command = apply

  assert {
    condition     = length(aws_default_security_group.this.ingress) == 0 && length(aws_default_security_group.this.egress) == 0
    error_message = "The VPC's default security group must have no rules."
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 1 && length(aws_eip.nat) == 1
    error_message = "The dev profile must create exactly one NAT gateway."
  }
  assert {
    condition     = length(aws_route.private_egress) == 3 && alltrue([for r in aws_route.private_egress : r.destination_cidr_block == "0.0.0.0/0" && r.nat_gateway_id == aws_nat_gateway.this[0].id])
    error_message = "Every private route table needs a default route through the NAT gateway."
  }
  assert {
    condition     = aws_route.public_internet.gateway_id == aws_internet_gateway.this.id && alltrue([for a in aws_route_table_association.private : !contains([aws_route_table.public.id], a.route_table_id)])
    error_message = "Only public subnets may route through the internet gateway."
  }
  assert {
    condition     = length(aws_vpc_endpoint.s3.route_table_ids) == 3 && aws_vpc_endpoint.s3.service_name == "com.amazonaws.us-east-1.s3"
    error_message = "The S3 gateway endpoint must serve every private route table."
  }
}

run "one_nat_gateway_per_zone_on_request" {
  command = apply

  variables {
    nat_gateway_mode = "one_per_az"
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 3 && length(distinct(aws_route.private_egress[*].nat_gateway_id)) == 3
    error_message = "one_per_az must create a NAT gateway in every zone and route each zone through its own."
  }
}

run "rejects_a_single_zone_and_a_vpc_too_small_for_the_layout" {
  command = plan

  variables {
    availability_zones = ["us-east-1a"]
    cidr_block         = "10.0.0.0/22"
  }

  expect_failures = [var.availability_zones, var.cidr_block]
}
