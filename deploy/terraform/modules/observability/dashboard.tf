data "aws_region" "current" {}

locals {
  region = data.aws_region.current.name

  # pino's numeric levels: 50 error, 60 fatal. ECS stores each JSON line as the event (fields
  # are parsed); Container Insights wraps it in a record whose `log` field holds the line.
  error_log_query = var.deploy_target == "ecs" ? (
    "fields @timestamp, msg, reqId | filter level >= 50 | sort @timestamp desc | limit 50"
    ) : (
    "fields @timestamp, kubernetes.pod_name, log | filter kubernetes.namespace_name = 'netflix-clone' and log like /\"level\":(50|60)/ | sort @timestamp desc | limit 50"
  )

  metric_widget = {
    for title, query in merge(
      {
        "Requests per minute"         = "SELECT SUM(RequestCount) FROM ${local.alb}${local.lb_filter}"
        "5xx (app and load balancer)" = "SELECT SUM(HTTPCode_Target_5XX_Count) FROM ${local.alb}${local.lb_filter}"
        "Average response time (s)"   = "SELECT AVG(TargetResponseTime) FROM ${local.alb}${local.lb_filter}"
        "Healthy targets"             = "SELECT MIN(HealthyHostCount) FROM ${local.alb_tg}${local.lb_filter}"
      },
      var.deploy_target == "eks" ? {
        "Node CPU (%)"       = "SELECT AVG(node_cpu_utilization) FROM SCHEMA(ContainerInsights, ClusterName) WHERE ClusterName = '${var.eks_cluster_name}'"
        "Pod restarts (app)" = "SELECT MAX(pod_number_of_container_restarts) FROM SCHEMA(ContainerInsights, ClusterName, Namespace, PodName) WHERE ClusterName = '${var.eks_cluster_name}' AND Namespace = 'netflix-clone'"
        } : {
        "Service CPU (%)"    = "SELECT AVG(CPUUtilization) FROM SCHEMA(\"AWS/ECS\", ClusterName, ServiceName) WHERE ClusterName = '${coalesce(var.ecs_cluster_name, "-")}' AND ServiceName = '${coalesce(var.ecs_service_name, "-")}'"
        "Service memory (%)" = "SELECT AVG(MemoryUtilization) FROM SCHEMA(\"AWS/ECS\", ClusterName, ServiceName) WHERE ClusterName = '${coalesce(var.ecs_cluster_name, "-")}' AND ServiceName = '${coalesce(var.ecs_service_name, "-")}'"
      },
      ) : title => {
      type   = "metric"
      width  = 12
      height = 6
      properties = {
        title   = title
        region  = local.region
        view    = "timeSeries"
        period  = 60
        metrics = [[{ expression = query, id = "q", label = title }]]
      }
    }
  }

  dashboard_widgets = concat(
    [{
      type   = "alarm"
      width  = 24
      height = 3
      properties = {
        title  = "Alarms"
        alarms = [for a in aws_cloudwatch_metric_alarm.this : a.arn]
      }
    }],
    values(local.metric_widget),
    [{
      type   = "log"
      width  = 24
      height = 6
      properties = {
        title  = "Recent errors (pino level >= 50)"
        region = local.region
        view   = "table"
        query  = "SOURCE '${aws_cloudwatch_log_group.this["application"].name}' | ${local.error_log_query}"
      }
    }],
  )
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.name
  dashboard_body = jsonencode({ widgets = local.dashboard_widgets })
}
