# Alarms on what users feel: server errors and slow answers at the load balancer, and a
# target group with nobody healthy in it. Written as CloudWatch Metrics Insights queries
# (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-alarm-create.html)
# so that they also work for the load balancer the EKS controller creates after Terraform ran.

locals {
  lb_filter = var.load_balancer_arn_suffix == null ? "" : " WHERE LoadBalancer = '${var.load_balancer_arn_suffix}'"
  alb       = "SCHEMA(\"AWS/ApplicationELB\", LoadBalancer)"
  alb_tg    = "SCHEMA(\"AWS/ApplicationELB\", LoadBalancer, TargetGroup)"

  alarms = {
    app-5xx = {
      description = "The app answered more than ${var.server_errors_per_5_minutes} requests with 5xx in 5 minutes."
      query       = "SELECT SUM(HTTPCode_Target_5XX_Count) FROM ${local.alb}${local.lb_filter}"
      period      = 300
      periods     = 1
      threshold   = var.server_errors_per_5_minutes
      missing     = "notBreaching"
    }
    load-balancer-5xx = {
      description = "The load balancer itself answered more than ${var.server_errors_per_5_minutes} requests with 5xx in 5 minutes (no healthy target, timeouts)."
      query       = "SELECT SUM(HTTPCode_ELB_5XX_Count) FROM ${local.alb}${local.lb_filter}"
      period      = 300
      periods     = 1
      threshold   = var.server_errors_per_5_minutes
      missing     = "notBreaching"
    }
    latency = {
      description = "Average response time stayed above ${var.latency_threshold_seconds}s for 5 minutes."
      query       = "SELECT AVG(TargetResponseTime) FROM ${local.alb}${local.lb_filter}"
      period      = 60
      periods     = 5
      threshold   = var.latency_threshold_seconds
      missing     = "notBreaching"
    }
    unhealthy-targets = {
      description = "Some of the app's targets have failed the /readyz health check for 3 minutes."
      query       = "SELECT MAX(UnHealthyHostCount) FROM ${local.alb_tg}${local.lb_filter}"
      period      = 60
      periods     = 3
      threshold   = 0
      missing     = "notBreaching"
    }
  }
}

# Alarm notifications carry no secrets; the topic uses SNS's default encryption settings
# because CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key.
resource "aws_sns_topic" "alarms" {
  name = "${var.name}-alarms"
}

resource "aws_sns_topic_subscription" "email" {
  count = var.alarm_email == null ? 0 : 1

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_cloudwatch_metric_alarm" "this" {
  for_each = local.alarms

  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = each.value.description
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  evaluation_periods  = each.value.periods
  datapoints_to_alarm = each.value.periods
  treat_missing_data  = each.value.missing

  metric_query {
    id          = "q"
    expression  = each.value.query
    period      = each.value.period
    label       = each.key
    return_data = true
  }

  alarm_actions = [aws_sns_topic.alarms.arn]
  ok_actions    = [aws_sns_topic.alarms.arn]
}
