output "app_log_group_name" {
  description = "Log group holding the app's JSON logs."
  value       = aws_cloudwatch_log_group.this["application"].name
}

output "alarm_topic_arn" {
  description = "SNS topic every alarm notifies."
  value       = aws_sns_topic.alarms.arn
}

output "alarm_names" {
  description = "Names of the alarms."
  value       = [for a in aws_cloudwatch_metric_alarm.this : a.alarm_name]
}

output "dashboard_name" {
  description = "Name of the CloudWatch dashboard."
  value       = aws_cloudwatch_dashboard.this.dashboard_name
}

output "log_group_names" {
  description = "Every log group created here (referencing it waits for their creation)."
  value       = [for g in aws_cloudwatch_log_group.this : g.name]
}
