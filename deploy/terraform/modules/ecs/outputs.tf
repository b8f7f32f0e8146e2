output "cluster_name" {
  description = "ECS cluster name."
  value       = aws_ecs_cluster.this.name
}

output "service_name" {
  description = "ECS service name."
  value       = aws_ecs_service.app.name
}

output "task_family" {
  description = "Task definition family the pipeline registers new revisions in."
  value       = aws_ecs_task_definition.app.family
}

output "container_name" {
  description = "Name of the app's container in the task definition."
  value       = local.container_name
}

output "role_names" {
  description = "Roles the task definition passes (the pipeline needs iam:PassRole on them)."
  value       = [aws_iam_role.execution.name, aws_iam_role.task.name]
}

output "tmdb_secret_arn" {
  description = "Secrets Manager secret holding {\"TMDB_ACCESS_TOKEN\": \"...\"}."
  value       = aws_secretsmanager_secret.tmdb.arn
}

output "tasks_security_group_id" {
  description = "Security group of the tasks (the cache admits it)."
  value       = aws_security_group.tasks.id
}

output "load_balancer_dns_name" {
  description = "Public DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "load_balancer_arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch's LoadBalancer dimension)."
  value       = aws_lb.this.arn_suffix
}

output "target_group_arn_suffix" {
  description = "ARN suffix of the target group (CloudWatch's TargetGroup dimension)."
  value       = aws_lb_target_group.app.arn_suffix
}

output "trust_proxy" {
  description = "TRUST_PROXY of the tasks: the load balancer's subnets, whose X-Forwarded-For the app believes."
  value       = local.trust_proxy
}
