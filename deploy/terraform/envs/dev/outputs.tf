# Names the pipeline and the operator read with `terraform output -raw <name>`.

output "region" {
  description = "AWS region of the environment."
  value       = var.region
}

output "deploy_target" {
  description = "\"eks\" or \"ecs\"."
  value       = var.deploy_target
}

output "ecr_repository_url" {
  description = "Where the pipeline pushes images (<account>.dkr.ecr.<region>.amazonaws.com/netflix-clone)."
  value       = module.ecr.repository_url
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes (created by the bootstrap root)."
  value       = local.deploy_role_arn
}

output "cluster_name" {
  description = "EKS cluster name (`aws eks update-kubeconfig --name ...`); null on ECS."
  value       = local.is_eks ? module.eks[0].cluster_name : null
}

output "vpc_id" {
  description = "VPC ID (the load balancer controller's --set vpcId)."
  value       = module.network.vpc_id
}

output "lb_controller_service_account" {
  description = "namespace/name the AWS Load Balancer Controller must run as for its Pod Identity role; null on ECS."
  value       = local.is_eks ? "${module.lb_controller[0].namespace}/${module.lb_controller[0].service_account}" : null
}

output "ecs_cluster_name" {
  description = "ECS cluster; null on EKS."
  value       = local.is_ecs ? module.ecs[0].cluster_name : null
}

output "ecs_service_name" {
  description = "ECS service; null on EKS."
  value       = local.is_ecs ? module.ecs[0].service_name : null
}

output "ecs_task_family" {
  description = "Task definition family new revisions go into; null on EKS."
  value       = local.is_ecs ? module.ecs[0].task_family : null
}

output "ecs_container_name" {
  description = "Container whose image a deploy replaces; null on EKS."
  value       = local.is_ecs ? module.ecs[0].container_name : null
}

output "tmdb_secret_arn" {
  description = "Secrets Manager secret for the TMDB token on ECS (on EKS it is the Kubernetes Secret tmdb-credentials); null on EKS."
  value       = local.is_ecs ? module.ecs[0].tmdb_secret_arn : null
}

output "load_balancer_dns_name" {
  description = "The app's public address where Terraform knows it: the ECS ALB. On EKS null: the controller creates the ALB from the Ingress (kubectl get ingress)."
  value       = local.is_ecs ? module.ecs[0].load_balancer_dns_name : null
}

output "redis_url" {
  description = "REDIS_URL of the cache; null when enable_cache is false."
  value       = var.enable_cache ? module.cache[0].url : null
}

output "app_log_group_name" {
  description = "CloudWatch log group of the app's logs."
  value       = module.observability.app_log_group_name
}

output "dashboard_name" {
  description = "CloudWatch dashboard of the environment."
  value       = module.observability.dashboard_name
}
