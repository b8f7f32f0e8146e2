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

output "private_subnet_ids" {
  description = "Private subnets (nodes, tasks, cache), one per zone."
  value       = aws_subnet.private[*].id
}

output "nat_gateway_count" {
  description = "How many NAT gateways were created (each is billed hourly)."
  value       = length(aws_nat_gateway.this)
}
