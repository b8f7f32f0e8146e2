output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 range of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "public_subnet_ids" {
  description = "Public subnets (load balancers, NAT gateways), one per zone."
  value       = aws_subnet.public[*].id
}

output "public_subnet_cidr_blocks" {
  description = "IPv4 ranges of the public subnets, in the order of public_subnet_ids: where a load balancer's own addresses come from."
  value       = aws_subnet.public[*].cidr_block
}

output "private_subnet_ids" {
  description = "Private subnets (nodes, tasks, cache), one per zone."
  value       = aws_subnet.private[*].id
}

output "nat_gateway_count" {
  description = "How many NAT gateways were created (each is billed hourly)."
  value       = length(aws_nat_gateway.this)
}
