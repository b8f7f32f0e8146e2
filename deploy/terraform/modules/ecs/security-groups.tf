locals {
  listener_ports = var.certificate_arn == null ? [80] : [80, 443]
  ingress        = { for pair in setproduct(var.ingress_cidrs, local.listener_ports) : "${pair[0]}:${pair[1]}" => { cidr = pair[0], port = pair[1] } }
}

resource "aws_security_group" "load_balancer" {
  name        = "${var.name}-alb"
  description = "Public load balancer of ${var.name}"
  vpc_id      = var.vpc_id

  tags = { Name = "${var.name}-alb" }
}

resource "aws_vpc_security_group_ingress_rule" "load_balancer" {
  for_each = local.ingress

  security_group_id = aws_security_group.load_balancer.id
  cidr_ipv4         = each.value.cidr
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  description       = "HTTP(S) from ${each.value.cidr}"
}

resource "aws_vpc_security_group_egress_rule" "load_balancer_to_tasks" {
  security_group_id            = aws_security_group.load_balancer.id
  referenced_security_group_id = aws_security_group.tasks.id
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  description                  = "To the app's tasks"
}

resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks"
  description = "Tasks of ${var.name}: reachable from the load balancer only"
  vpc_id      = var.vpc_id

  tags = { Name = "${var.name}-tasks" }
}

resource "aws_vpc_security_group_ingress_rule" "tasks_from_load_balancer" {
  security_group_id            = aws_security_group.tasks.id
  referenced_security_group_id = aws_security_group.load_balancer.id
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  description                  = "App port from the load balancer"
}

# HTTPS out: TMDB, ECR, Secrets Manager and CloudWatch Logs (through NAT or the S3 endpoint).
resource "aws_vpc_security_group_egress_rule" "tasks_https" {
  security_group_id = aws_security_group.tasks.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "HTTPS to AWS APIs and TMDB"
}

resource "aws_vpc_security_group_egress_rule" "tasks_redis" {
  security_group_id = aws_security_group.tasks.id
  cidr_ipv4         = var.vpc_cidr_block
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
  description       = "Redis inside the VPC"
}
