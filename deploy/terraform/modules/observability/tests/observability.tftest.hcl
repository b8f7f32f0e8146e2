# Alarms on what users feel, logs that expire, and a dashboard, for both deploy targets.

mock_provider "aws" {
  source = "../../testing/aws-mock"
}

variables {
  name                     = "netflix-clone-dev"
  deploy_target            = "ecs"
  ecs_cluster_name         = "netflix-clone-dev"
  ecs_service_name         = "netflix-clone"
  load_balancer_arn_suffix = "app/netflix-clone-dev/0123456789abcdef"
  alarm_email              = "oncall@example.com"
}

run "alarms_on_5xx_latency_and_health_notify_the_topic" {
  command = apply

  assert {
    condition     = toset(keys(aws_cloudwatch_metric_alarm.this)) == toset(["app-5xx", "load-balancer-5xx", "latency", "unhealthy-targets"])
    error_message = "Alarms on app 5xx, load balancer 5xx, latency and unhealthy targets must exist."
  }
  assert {
    condition     = alltrue([for a in aws_cloudwatch_metric_alarm.this : a.alarm_actions == toset([aws_sns_topic.alarms.arn])])
    error_message = "Every alarm must notify the alarm topic."
  }
  assert {
    condition     = alltrue([for a in aws_cloudwatch_metric_alarm.this : alltrue([for q in a.metric_query : strcontains(q.expression, "WHERE LoadBalancer = 'app/netflix-clone-dev/0123456789abcdef'")])])
    error_message = "With a known load balancer the alarms must watch that load balancer only."
  }
  assert {
    condition     = anytrue(flatten([for k, a in aws_cloudwatch_metric_alarm.this : [for q in a.metric_query : k == "app-5xx" && strcontains(q.expression, "HTTPCode_Target_5XX_Count")]])) && anytrue(flatten([for k, a in aws_cloudwatch_metric_alarm.this : [for q in a.metric_query : k == "latency" && strcontains(q.expression, "TargetResponseTime")]]))
    error_message = "The 5xx and latency alarms must query the right load balancer metrics."
  }
  assert {
    condition     = aws_sns_topic_subscription.email[0].endpoint == "oncall@example.com"
    error_message = "alarm_email must be subscribed to the topic."
  }
  assert {
    condition     = aws_cloudwatch_log_group.this["application"].name == "/ecs/netflix-clone-dev" && aws_cloudwatch_log_group.this["application"].retention_in_days == 7
    error_message = "The ECS app log group must exist with a retention period."
  }
  assert {
    condition     = length(jsondecode(aws_cloudwatch_dashboard.this.dashboard_body).widgets) == 8
    error_message = "The dashboard must show alarms, six metric panels and the error log."
  }
}

run "eks_log_groups_and_region_wide_alarms" {
  command = plan

  variables {
    deploy_target            = "eks"
    eks_cluster_name         = "netflix-clone-dev"
    load_balancer_arn_suffix = null
    alarm_email              = null
  }

  assert {
    condition     = toset([for g in aws_cloudwatch_log_group.this : g.name]) == toset(["/aws/containerinsights/netflix-clone-dev/application", "/aws/containerinsights/netflix-clone-dev/dataplane", "/aws/containerinsights/netflix-clone-dev/host", "/aws/containerinsights/netflix-clone-dev/performance"])
    error_message = "On EKS the Container Insights log groups must be created with retention."
  }
  assert {
    condition     = length(aws_cloudwatch_metric_alarm.this) == 4 && alltrue([for a in aws_cloudwatch_metric_alarm.this : alltrue([for q in a.metric_query : !strcontains(q.expression, "WHERE")])])
    error_message = "Without a known load balancer the alarms must still exist, watching the region's ALBs."
  }
  assert {
    condition     = length(aws_sns_topic_subscription.email) == 0
    error_message = "No e-mail subscription without alarm_email."
  }
}
