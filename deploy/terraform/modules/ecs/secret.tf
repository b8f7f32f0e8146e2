# The TMDB credential. Terraform creates the secret with an empty token (the app then serves
# its offline catalog) and never looks at the value again: the operator sets the real token
# with `aws secretsmanager put-secret-value`, and the next deployment picks it up.
resource "aws_secretsmanager_secret" "tmdb" {
  name                    = "${var.name}/tmdb"
  description             = "TMDB API read access token of ${var.name} (JSON key TMDB_ACCESS_TOKEN)"
  recovery_window_in_days = var.secret_recovery_window_days
}

resource "aws_secretsmanager_secret_version" "tmdb_placeholder" {
  secret_id     = aws_secretsmanager_secret.tmdb.id
  secret_string = jsonencode({ TMDB_ACCESS_TOKEN = "" })

  lifecycle {
    ignore_changes = [secret_string]
  }
}

locals {
  # Secret ARNs end in a random 6-character suffix; "-??????" matches exactly that.
  tmdb_secret_arn_pattern = "arn:${local.partition}:secretsmanager:${local.region}:${var.account_id}:secret:${var.name}/tmdb-??????"
}
