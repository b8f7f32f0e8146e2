#!/usr/bin/env bash
# Installs the Debian packages the tests need, as listed one per line in
# scripts/apt-packages/*.txt (one file per area, '#' starts a comment).
# Only what is missing is installed; apt-get update runs only if needed.
set -euo pipefail
cd "$(dirname "$0")"

mapfile -t wanted < <(cat apt-packages/*.txt | sed 's/#.*//' | tr -s ' \t' '\n' | sed '/^$/d' | sort -u)
missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing test dependencies from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
