# The ECS target: tasks private behind a public ALB that checks /readyz and is the only proxy
# they believe X-Forwarded-For from, the TMDB token from Secrets Manager, a hardened container,
# autoscaling, and logs in CloudWatch.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  name               = "netflix-clone-dev"
  account_id         = "123456789012"
  vpc_id             = "vpc-0123456789abcdef0"
  vpc_cidr_block     = "10.0.0.0/16"
  public_subnet_ids  = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
  private_subnet_ids = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  image              = "123456789012.dkr.ecr.us-east-1.amazonaws.com/netflix-clone:0123abc"
  log_group_name     = "/ecs/netflix-clone-dev"
  environment        = { LOG_LEVEL = "info" }

  public_subnet_cidr_blocks = ["10.0.240.0/24", "10.0.241.0/24"]
}

run "private_hardened_autoscaled_service_behind_the_load_balancer" {
  command = apply

  assert {
    condition     = aws_ecs_service.app.network_configuration[0].subnets == toset(var.private_subnet_ids) && aws_ecs_service.app.network_configuration[0].assign_public_ip == false
    error_message = "Tasks must run in the private subnets without public IPs."
  }
  assert {
    condition     = aws_lb.this.internal == false && aws_lb.this.subnets == toset(var.public_subnet_ids) && aws_lb.this.drop_invalid_header_fields
    error_message = "The load balancer must be internet-facing in the public subnets and drop invalid headers."
  }
  assert {
    condition     = aws_lb_target_group.app.health_check[0].path == "/readyz" && aws_lb_target_group.app.health_check[0].matcher == "200" && aws_lb_target_group.app.target_type == "ip"
    error_message = "The target group must check /readyz."
  }
  assert {
    condition     = [for r in aws_vpc_security_group_ingress_rule.tasks_from_load_balancer[*] : r.referenced_security_group_id] == [aws_security_group.load_balancer.id] && aws_vpc_security_group_ingress_rule.tasks_from_load_balancer.from_port == 8080
    error_message = "Tasks must accept traffic from the load balancer only, on the app port."
  }
  assert {
    condition     = aws_ecs_service.app.deployment_circuit_breaker[0].rollback && aws_ecs_service.app.deployment_minimum_healthy_percent == 100
    error_message = "Rollouts must keep full capacity and roll back by themselves."
  }
  assert {
    condition     = aws_lb_listener.http.default_action[0].type == "forward" && length(aws_lb_listener.https) == 0
    error_message = "Without a certificate, port 80 forwards to the app."
  }
  assert {
    condition     = jsondecode(aws_ecs_task_definition.app.container_definitions)[0].secrets == [{ name = "TMDB_ACCESS_TOKEN", valueFrom = "${aws_secretsmanager_secret.tmdb.arn}:TMDB_ACCESS_TOKEN::" }]
    error_message = "TMDB_ACCESS_TOKEN must come from the Secrets Manager secret."
  }
  assert {
    condition     = !strcontains(jsonencode(jsondecode(aws_ecs_task_definition.app.container_definitions)[0].environment), "TMDB_")
    error_message = "No TMDB credential may appear among the plain environment variables."
  }
  assert {
    condition = (
      jsondecode(aws_ecs_task_definition.app.container_definitions)[0].readonlyRootFilesystem == true &&
      jsondecode(aws_ecs_task_definition.app.container_definitions)[0].user == "1000:1000" &&
      jsondecode(aws_ecs_task_definition.app.container_definitions)[0].name == "app"
    )
    error_message = "The container 'app' must run as the image's user 1000:1000 with a read-only root filesystem."
  }
  assert {
    condition = (
      contains(jsondecode(aws_ecs_task_definition.app.container_definitions)[0].environment, { name = "METRICS_PORT", value = "9464" }) &&
      contains(jsondecode(aws_ecs_task_definition.app.container_definitions)[0].environment, { name = "PORT", value = "8080" }) &&
      [for m in jsondecode(aws_ecs_task_definition.app.container_definitions)[0].portMappings : m.containerPort] == [8080] &&
      aws_lb_target_group.app.port == 8080
    )
    error_message = "/metrics must be on METRICS_PORT 9464, apart from the load-balanced port 8080, and never mapped."
  }
  assert {
    condition = (
      contains(jsondecode(aws_ecs_task_definition.app.container_definitions)[0].environment, { name = "TRUST_PROXY", value = "10.0.240.0/24,10.0.241.0/24" }) &&
      output.trust_proxy == "10.0.240.0/24,10.0.241.0/24"
    )
    error_message = "TRUST_PROXY must list the load balancer's subnets, so the rate limit sees each viewer and nobody else can forge X-Forwarded-For."
  }
  assert {
    condition     = jsondecode(aws_ecs_task_definition.app.container_definitions)[0].logConfiguration.options["awslogs-group"] == "/ecs/netflix-clone-dev"
    error_message = "Logs must go to the environment's CloudWatch log group."
  }
  assert {
    condition     = jsondecode(aws_iam_role_policy.execution_secret.policy).Statement[0].Resource == "arn:aws:secretsmanager:us-east-1:123456789012:secret:netflix-clone-dev/tmdb-??????"
    error_message = "The execution role may read the TMDB secret and nothing else."
  }
  assert {
    condition     = aws_appautoscaling_target.app.min_capacity == 2 && aws_appautoscaling_target.app.max_capacity == 4
    error_message = "The service must scale between 2 and 4 tasks."
  }
  assert {
    condition     = aws_appautoscaling_policy.cpu.target_tracking_scaling_policy_configuration[0].target_value == 60
    error_message = "Target tracking must aim at 60% CPU."
  }
}

run "https_redirects_when_a_certificate_is_given" {
  command = plan

  variables {
    certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-4000-8000-000000000000"
  }

  assert {
    condition     = aws_lb_listener.http.default_action[0].type == "redirect" && length(aws_lb_listener.https) == 1 && length(aws_vpc_security_group_ingress_rule.load_balancer) == 2
    error_message = "With a certificate, port 80 must redirect to an HTTPS listener."
  }
}

run "rejects_a_latest_image_and_a_plain_text_token" {
  command = plan

  variables {
    image       = "123456789012.dkr.ecr.us-east-1.amazonaws.com/netflix-clone:latest"
    environment = { TMDB_ACCESS_TOKEN = "eyJ..." }
  }

  expect_failures = [var.image, var.environment]
}

run "rejects_metrics_on_the_app_port" {
  command = plan

  variables {
    metrics_port = 8080
  }

  expect_failures = [var.metrics_port]
}

run "rejects_trusting_every_proxy" {
  command = plan

  variables {
    public_subnet_cidr_blocks = ["0.0.0.0/0", "10.0.241.0/24"]
    environment               = { TRUST_PROXY = "true" }
  }

  expect_failures = [var.public_subnet_cidr_blocks, var.environment]
}

run "rejects_cidrs_that_do_not_match_the_subnets" {
  command = plan

  variables {
    public_subnet_cidr_blocks = ["10.0.240.0/24"]
  }

  expect_failures = [var.public_subnet_cidr_blocks]
}
