#!/usr/bin/env bash
# Smoke test through the load balancer, as a user would reach the app:
#   1. /readyz answers 200 (retried: a new ALB's DNS name takes a while to resolve);
#   2. /api/meta reports EXPECTED_REVISION when given, so the new build is what answers;
#   3. a search returns at least one film, proving the catalog behind the API works.
#
#   APP_URL            http://<load balancer dns name>
#   EXPECTED_REVISION  optional: the commit SHA the image was built from
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

require_env APP_URL
base="${APP_URL%/}"
timeout="${SMOKE_TIMEOUT:-300}"
poll="${POLL_SECONDS:-10}"
query="${SMOKE_QUERY:-matrix}"

ready() { curl --silent --show-error --fail --max-time 5 "${base}/readyz" >/dev/null; }
wait_until "$timeout" "$poll" "${base}/readyz to answer 200" ready || die "${base}/readyz never answered 200"

if [ -n "${EXPECTED_REVISION:-}" ]; then
  # Old pods may still be draining behind the load balancer for a few seconds.
  serves_expected() {
    local version
    version="$(curl --silent --fail --max-time 5 "${base}/api/meta" | jq -r '.version')" || return 1
    [ "$version" = "$EXPECTED_REVISION" ]
  }
  wait_until "$timeout" "$poll" "${base}/api/meta to report ${EXPECTED_REVISION}" serves_expected ||
    die "${base} does not serve revision ${EXPECTED_REVISION}"
fi

results="$(curl --silent --show-error --fail --max-time 10 --get --data-urlencode "q=${query}" \
  "${base}/api/search" | jq '.results | length')" || die "search for '${query}' failed"
[ "$results" -gt 0 ] || die "search for '${query}' returned no films"
log "smoke test passed: ${base} is ready and '${query}' finds ${results} films"
summary "- Smoke test: \`${base}\` ready, '${query}' finds ${results} films"
