# The cache is private: encrypted in transit and at rest, reachable only from the app's
# security groups.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  name                       = "netflix-clone-dev"
  vpc_id                     = "vpc-0123456789abcdef0"
  subnet_ids                 = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  allowed_security_group_ids = { eks-cluster = "sg-0123456789abcdef0" }
}

run "encrypted_and_reachable_only_from_the_app" {
  command = apply

  assert {
    condition     = aws_elasticache_replication_group.this.transit_encryption_enabled && aws_elasticache_replication_group.this.at_rest_encryption_enabled
    error_message = "The cache must encrypt in transit and at rest."
  }
  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.clients) == 1 && alltrue([for r in aws_vpc_security_group_ingress_rule.clients : r.referenced_security_group_id == "sg-0123456789abcdef0" && r.from_port == 6379 && r.to_port == 6379 && r.cidr_ipv4 == null])
    error_message = "Only the app's security group may reach the cache, and only on 6379."
  }
  assert {
    condition     = aws_elasticache_replication_group.this.security_group_ids == toset([aws_security_group.this.id]) && length(aws_security_group.this.ingress) == 0
    error_message = "The cache must sit behind its own security group with no inline rules."
  }
  assert {
    condition     = startswith(output.url, "rediss://") && endswith(output.url, ":6379")
    error_message = "REDIS_URL must use TLS (rediss://)."
  }
}

run "rejects_a_cache_without_clients" {
  command = plan

  variables {
    allowed_security_group_ids = {}
  }

  expect_failures = [var.allowed_security_group_ids]
}
