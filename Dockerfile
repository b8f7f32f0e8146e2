# Reelhouse: the API server plus the built web app, as one small non-root image.
#
#   docker build --build-arg GIT_REVISION="$(git rev-parse HEAD)" -t netflix-clone:"$(git rev-parse --short HEAD)" .
#
# Three stages share one pinned Node base: `build` installs everything and builds the
# public contract (`contract/`: the API's schemas, shared by server and web), the server,
# the web app and the offline catalog; `prod-deps` installs only the server's production
# dependencies from the same lock file; `runtime` copies the results of both.
# No heredocs and no `# syntax=` line, so BuildKit, the legacy builder and buildah all
# read it the same way. docs/deploy.md explains building and running it.

# The one pinned base: the exact Node release, written out in this FROM line (not in an
# ARG) so that Dependabot's docker ecosystem can read and bump it. Add a digest
# (`...-bookworm-slim@sha256:...`) if the registry you pull from is trusted to keep it;
# Dependabot updates both together. The other stages start from `base`.
FROM docker.io/library/node:20.20.2-bookworm-slim AS base

# ---------------------------------------------------------------------------------------
FROM base AS build
WORKDIR /src
ENV NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false

# Manifests first: this layer (the slow one) is rebuilt only when dependencies change.
# Only the workspaces that ship are installed; e2e and ops stay out of the image.
# --ignore-scripts: no dependency's install script runs here (none is needed to build).
COPY package.json package-lock.json ./
COPY contract/package.json contract/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --workspace contract --workspace server --workspace web --include-workspace-root \
    --ignore-scripts

COPY tsconfig.base.json ./
COPY contract/ contract/
COPY server/ server/
COPY web/ web/
# Compiles the contract (server and web import its dist/), cleans the 42 MB
# vega-datasets package into server/data/catalog.json (about 1 MB), compiles the server
# and bundles the web app.
RUN npm run build

# ---------------------------------------------------------------------------------------
# A clean production install rather than `npm prune --omit=dev`: with workspaces, prune
# keeps the other workspaces' dev tools (typescript, @types, testing-library, ...).
FROM base AS prod-deps
WORKDIR /src
ENV NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# The contract is one of the server's dependencies (a workspace link, with zod): its
# manifest must be here for npm to install it; its compiled code comes from `build`.
COPY package.json package-lock.json ./
COPY contract/package.json contract/
COPY server/package.json server/
RUN npm ci --omit=dev --workspace server --ignore-scripts \
 && npm cache clean --force

# ---------------------------------------------------------------------------------------
FROM base AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080

# Everything is owned by root and only readable by the app user: the process cannot
# rewrite its own code, and the root filesystem can be mounted read-only.
COPY --from=prod-deps /src/package.json ./package.json
COPY --from=prod-deps /src/node_modules ./node_modules
COPY --from=build /src/contract/package.json ./contract/package.json
COPY --from=build /src/contract/dist ./contract/dist
COPY --from=build /src/server/package.json ./server/package.json
COPY --from=build /src/server/dist ./server/dist
COPY --from=build /src/server/data/catalog.json ./server/data/catalog.json
COPY --from=build /src/web/dist ./web/dist

# The node user of the official image, by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 8080

# No curl in a slim image: node itself asks /healthz (liveness; it never calls TMDB).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node is PID 1 (no npm, no shell in between), so SIGTERM reaches the server's drain
# handler directly; the image's docker-entrypoint.sh is bypassed on purpose.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node"]
CMD ["server/dist/main.js"]

# Last, so a new revision only rewrites metadata, not layers. The pipeline passes
# GIT_REVISION (the commit) and SOURCE_URL (the repository's address). The base image is
# not repeated in a label, which Dependabot would leave behind when it bumps the FROM line;
# the pushed image's provenance attestation records it with its digest.
ARG GIT_REVISION=unknown
ARG SOURCE_URL=""
ENV GIT_REVISION=${GIT_REVISION}
LABEL org.opencontainers.image.title="netflix-clone" \
      org.opencontainers.image.description="Netflix-style film search: TypeScript API over TMDB or an offline catalog, React web" \
      org.opencontainers.image.revision="${GIT_REVISION}" \
      org.opencontainers.image.source="${SOURCE_URL}"
