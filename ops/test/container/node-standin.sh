#!/usr/bin/env bash
# Builds a stand-in for the Dockerfile's Node base image, for tests only.
#
# Our machines reach Debian's archive and the npm registry but not Docker Hub, so the
# official node image cannot be pulled. This makes an image that behaves like it where
# the Dockerfile depends on it (Debian bookworm, node and npm on PATH, a `node` user with
# uid/gid 1000) from an mmdebstrap root filesystem plus this machine's own node and npm,
# and tags it with the exact name the Dockerfile's FROM uses, so that
# `podman build --pull=never` builds the real, unchanged Dockerfile.
#
# Usage: node-standin.sh IMAGE_NAME WORK_DIR
#   IMAGE_NAME  e.g. docker.io/library/node:20.20.2-bookworm-slim
#   WORK_DIR    keeps the root filesystem tarball between runs (about 50 s to make)
# Podman must already be configured through CONTAINERS_CONF / CONTAINERS_STORAGE_CONF.
set -euo pipefail

image_name=${1:?image name, as in the Dockerfile FROM}
work_dir=${2:?work directory}
base_image=localhost/netflix-clone-test/debian-minbase:bookworm
mkdir -p "$work_dir"

if podman image exists "$image_name"; then
  echo "node stand-in: $image_name already built"
  exit 0
fi

rootfs="$work_dir/bookworm-minbase.tar"
if [ ! -s "$rootfs" ]; then
  echo "node stand-in: making a Debian bookworm root filesystem with mmdebstrap (about a minute)"
  # mmdebstrap picks the output format from the name: keep ".tar" on the partial file.
  mmdebstrap --quiet --variant=minbase --include=ca-certificates bookworm "$work_dir/partial.tar"
  mv "$work_dir/partial.tar" "$rootfs"
fi
if ! podman image exists "$base_image"; then
  podman import --quiet "$rootfs" "$base_image" >/dev/null
fi

context=$(mktemp -d "$work_dir/standin.XXXXXX")
trap 'rm -rf "$context"' EXIT
cp "$(readlink -f "$(command -v node)")" "$context/node"
cp -r "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$context/npm"
# This machine's CA bundle: the npm registry may be reached through a TLS-inspecting proxy.
cp /etc/ssl/certs/ca-certificates.crt "$context/ca-certificates.crt"

# The stand-in's own Dockerfile lives only here, never in the project tree.
printf '%s\n' \
  "FROM $base_image" \
  'COPY node /usr/local/bin/node' \
  'COPY npm /usr/local/lib/node_modules/npm' \
  'COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt' \
  'RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx' \
  'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --create-home node' \
  'ENV NPM_CONFIG_CAFILE=/etc/ssl/certs/ca-certificates.crt NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  'CMD ["node"]' >"$context/Dockerfile"

echo "node stand-in: building $image_name from Debian bookworm and node $(node --version)"
podman build --quiet --pull=never --tag "$image_name" "$context" >/dev/null
