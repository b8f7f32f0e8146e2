# Optional shared cache for the app's REDIS_URL. TLS in transit and encryption at rest; the
# only way in is from the client security groups, on the Redis port.

locals {
  port = 6379
}

resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "this" {
  name        = "${var.name}-cache"
  description = "Redis for ${var.name}: clients' security groups only"
  vpc_id      = var.vpc_id

  tags = { Name = "${var.name}-cache" }
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  for_each = var.allowed_security_group_ids

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port
  description                  = "Redis from ${each.key}"
}

# No egress rule: a cache never opens connections.

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.name
  description          = "Shared response cache of ${var.name}"

  engine               = "redis"
  engine_version       = var.engine_version
  node_type            = var.node_type
  port                 = local.port
  parameter_group_name = "default.redis7"

  num_cache_clusters         = 1 + var.replicas
  automatic_failover_enabled = var.replicas > 0
  multi_az_enabled           = var.replicas > 0

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.this.id]

  transit_encryption_enabled = true
  at_rest_encryption_enabled = true

  # A cache of TMDB answers is rebuilt in minutes; no snapshots to pay for or clean up.
  snapshot_retention_limit = 0
  apply_immediately        = true
}
