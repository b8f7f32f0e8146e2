# deploy_target = "eks": the environment composes the VPC, registry, cluster, controller IAM
# and monitoring, and hands the pipeline the names it needs.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  deploy_target           = "eks"
  github_repository       = "acme/netflix-clone"
  eks_public_access_cidrs = ["203.0.113.0/24"]
  enable_cache            = true
}

run "composes_the_eks_environment" {
  command = apply

  assert {
    condition     = output.cluster_name == "netflix-clone-dev" && output.ecs_cluster_name == null && output.ecs_service_name == null
    error_message = "The EKS target must create netflix-clone-dev and no ECS service."
  }
  assert {
    condition     = length(module.ecs) == 0 && length(module.eks) == 1 && length(module.lb_controller) == 1
    error_message = "The EKS target must create the cluster and the controller's IAM, and no ECS resources."
  }
  assert {
    condition     = output.load_balancer_dns_name == null
    error_message = "On EKS the load balancer address is not Terraform's to know (the controller makes it)."
  }
  assert {
    condition     = output.deploy_role_arn == "arn:aws:iam::123456789012:role/netflix-clone-dev-github-deploy" && output.region == "us-east-1"
    error_message = "deploy_role_arn must name the bootstrap's role in this account."
  }
  assert {
    condition     = output.ecr_repository_url == "123456789012.dkr.ecr.us-east-1.amazonaws.com/netflix-clone"
    error_message = "ecr_repository_url must be the netflix-clone repository."
  }
  assert {
    condition     = output.lb_controller_service_account == "kube-system/aws-load-balancer-controller"
    error_message = "The controller's Pod Identity must be for kube-system/aws-load-balancer-controller."
  }
  assert {
    condition     = startswith(output.redis_url, "rediss://")
    error_message = "The cache must hand out a TLS REDIS_URL."
  }
}

run "dev_profile_defaults" {
  command = plan

  assert {
    condition     = output.deploy_target == "eks" && length(local.azs) == 3 && length(module.network.public_subnet_ids) == 3 && var.nat_gateway_mode == "single" && var.node_capacity_type == "ON_DEMAND"
    error_message = "The dev profile is three zones, one NAT gateway and on-demand nodes."
  }
}

run "rejects_an_unknown_target_and_a_wildcard_repository" {
  command = plan

  variables {
    deploy_target     = "lambda"
    github_repository = "*/*"
  }

  expect_failures = [var.deploy_target, var.github_repository]
}
