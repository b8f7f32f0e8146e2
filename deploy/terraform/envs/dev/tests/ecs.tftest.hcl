# deploy_target = "ecs": the same environment with a Fargate service behind an ALB instead of
# the cluster, and the load balancer's address as an output.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  deploy_target     = "ecs"
  github_repository = "acme/netflix-clone"
  enable_cache      = true
}

run "composes_the_ecs_environment" {
  command = apply

  assert {
    condition     = length(module.eks) == 0 && length(module.lb_controller) == 0 && length(module.ecs) == 1
    error_message = "The ECS target must create no EKS resources."
  }
  assert {
    condition     = output.cluster_name == null && output.ecs_cluster_name == "netflix-clone-dev" && output.ecs_service_name == "netflix-clone"
    error_message = "The ECS target must output its cluster and service names."
  }
  assert {
    condition     = output.load_balancer_dns_name == "netflix-clone-dev-1234567890.us-east-1.elb.amazonaws.com"
    error_message = "The ECS target must output the ALB's address."
  }
  assert {
    condition     = output.ecs_task_family == "netflix-clone-dev" && output.ecs_container_name == "app" && output.app_log_group_name == "/ecs/netflix-clone-dev"
    error_message = "The pipeline needs the task family, the container name and the log group."
  }
  assert {
    # The public /24s of the documented layout, as deploy/k8s/base/settings.env lists them.
    condition = (
      module.ecs[0].trust_proxy == join(",", module.network.public_subnet_cidr_blocks) &&
      length(setsubtract(split(",", module.ecs[0].trust_proxy), ["10.0.240.0/24", "10.0.241.0/24", "10.0.242.0/24"])) == 0
    )
    error_message = "The tasks must trust X-Forwarded-For from the ALB's public subnets only."
  }
  assert {
    condition     = output.tmdb_secret_arn != null && output.redis_url != null
    error_message = "The ECS target must output the TMDB secret and the cache URL."
  }
}

run "rejects_latest_as_the_first_image" {
  command = plan

  variables {
    ecs_image_tag = "latest"
  }

  expect_failures = [var.ecs_image_tag]
}
