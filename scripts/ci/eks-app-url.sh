#!/usr/bin/env bash
# Waits until the AWS Load Balancer Controller has given the app's Ingress an ALB address
# and outputs it as url (http://<alb dns name>).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

namespace=netflix-clone
hostname=""
ingress_has_address() {
  hostname="$(kubectl --namespace "$namespace" get ingress netflix-clone \
    -o jsonpath='{.status.loadBalancer.ingress[0].hostname}')"
  [ -n "$hostname" ]
}
wait_until "${ADDRESS_TIMEOUT:-600}" "${POLL_SECONDS:-10}" "an ALB address on ingress ${namespace}/netflix-clone" \
  ingress_has_address || die "the Ingress got no load balancer address; see the controller's logs"
set_output url "http://${hostname}"
