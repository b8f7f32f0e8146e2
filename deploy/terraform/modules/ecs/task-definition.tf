locals {
  # The app's per-client rate limit reads the client from X-Forwarded-For only when the
  # request comes from a trusted proxy. The ALB's addresses are in its subnets; `true` would
  # trust the left-most entry, which any client can write, and so bypass the limit.
  trust_proxy = join(",", var.public_subnet_cidr_blocks)
}

resource "aws_ecs_task_definition" "app" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  # The root filesystem is read-only; /tmp is the one writable place (Node may use it).
  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([{
    name      = local.container_name
    image     = var.image
    essential = true
    # The image's numeric non-root user (the node user of the official Node image).
    user                   = "1000:1000"
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = var.container_port, protocol = "tcp" }]
    # METRICS_PORT moves /metrics to a listener of its own, so the load balancer (which
    # forwards every path to PORT) never serves it.
    environment = [
      for k, v in merge({
        PORT         = tostring(var.container_port)
        METRICS_PORT = tostring(var.metrics_port)
        TRUST_PROXY  = local.trust_proxy
      }, var.environment) : { name = k, value = v }
    ]
    secrets = [{
      name      = "TMDB_ACCESS_TOKEN"
      valueFrom = "${aws_secretsmanager_secret.tmdb.arn}:TMDB_ACCESS_TOKEN::"
    }]
    mountPoints = [{ sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }]
    # SIGTERM drains in-flight requests within SHUTDOWN_TIMEOUT_SECONDS (10 s by default);
    # give it three times that before SIGKILL.
    stopTimeout = 30
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = var.log_group_name
        awslogs-region        = local.region
        awslogs-stream-prefix = local.container_name
      }
    }
  }])
}
