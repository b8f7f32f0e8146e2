#!/usr/bin/env bash
# Helpers shared by the scripts under scripts/ci/ (sourced, never run). They keep the
# workflows' run: steps one line long and make every script work the same on a laptop:
# outside GitHub Actions, outputs and summaries go to stderr instead of the runner files.

# A failing command inside $(...) fails the script too, as it would on its own line.
shopt -s inherit_errexit

log() { printf '%s\n' "$*" >&2; }

die() {
  # ::error:: turns the message into an annotation on the run page.
  if [ -n "${GITHUB_ACTIONS:-}" ]; then printf '::error::%s\n' "$*" >&2; else log "error: $*"; fi
  exit 1
}

# require_env NAME...: fail early, naming the variable, rather than half-way through.
require_env() {
  local name
  for name in "$@"; do
    [ -n "${!name:-}" ] || die "$name must be set (see docs/deploy-aws.md, \"The pipeline\")"
  done
}

# set_output NAME VALUE: a step output when run by Actions, a log line otherwise.
set_output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  else
    log "output $1=$2"
  fi
}

# summary LINE...: Markdown for the run's summary page.
summary() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    printf '%s\n' "$@" >>"$GITHUB_STEP_SUMMARY"
  else
    printf '%s\n' "$@" >&2
  fi
}

# wait_until SECONDS INTERVAL DESCRIPTION COMMAND...: retries COMMAND until it succeeds
# or the deadline passes. Cloud resources appear and disappear asynchronously.
wait_until() {
  local timeout="$1" interval="$2" what="$3"
  shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "gave up after ${timeout}s waiting for: $what"
      return 1
    fi
    log "waiting for: $what"
    sleep "$interval"
  done
}
