import { randomBytes } from "node:crypto";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { MovieCatalog } from "./catalog/port.js";
import { UNKNOWN_REVISION } from "./config.js";
import { answerClientError } from "./http/client-errors.js";
import { DEFAULT_API_RATE_LIMIT_PER_MINUTE } from "./http/client-rate-limit.js";
import { registerCompression } from "./http/compression.js";
import { registerErrorHandling, sendError } from "./http/error-handler.js";
import { lazyRequestLogger } from "./http/lazy-request-logger.js";
import { recordAnswer, registerObservability } from "./http/observability.js";
import { rememberingQuerystringParser, rememberingValidators } from "./http/remembered-queries.js";
import { originForm } from "./http/request-path.js";
import { type ArtworkSource, artworkRoutes } from "./http/routes/artwork.js";
import { browseRoutes } from "./http/routes/browse.js";
import { healthRoutes, type Lifecycle } from "./http/routes/health.js";
import { metaRoutes } from "./http/routes/meta.js";
import { movieRoutes } from "./http/routes/movies.js";
import { searchRoutes } from "./http/routes/search.js";
import { versionRoutes } from "./http/routes/version.js";
import { registerWebApp } from "./http/routes/web-app.js";
import { registerSecurity, securityHeadersFor } from "./http/security.js";
import { memoizingSerializerCompiler } from "./http/serializer.js";
import { SERVER_LIMITS } from "./http/server-limits.js";
import { type AppMetrics, createMetrics } from "./observability/metrics.js";

export interface AppDeps {
  catalog: MovieCatalog;
  logger: FastifyBaseLogger;
  /** Generated artwork, when the catalog has no images of its own (offline). */
  artwork?: ArtworkSource | undefined;
  /** The built web app; without it only the API is served. */
  webDistDir?: string | undefined;
  version?: string | undefined;
  lifecycle?: Lifecycle | undefined;
  /** Default: a fresh registry (tests build many apps in one process). */
  metrics?: AppMetrics | undefined;
  /** False when `/metrics` is served on a port of its own (`METRICS_PORT`), not on this app's. */
  serveMetrics?: boolean | undefined;
  /** Requests per minute one client may make to /api; 0 = off. Default 600. */
  apiRateLimitPerMinute?: number | undefined;
  /** Fastify's `trustProxy`: whose X-Forwarded-For tells the client's address. Default false. */
  trustProxy?: boolean | string | undefined;
}

const NOT_DRAINING: Lifecycle = { isDraining: () => false };

/**
 * Our own request ids: this process's random prefix and a counter, unique
 * across replicas and restarts like a UUID, at a fraction of its cost (ids
 * are made on every request).
 */
const REQUEST_ID_PREFIX = randomBytes(6).toString("hex");
let requestCount = 0;
function newRequestId(): string {
  requestCount = (requestCount + 1) % Number.MAX_SAFE_INTEGER;
  return `${REQUEST_ID_PREFIX}-${requestCount.toString(36)}`;
}

/** A request id we accept from a caller (a load balancer or another service) as is. */
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Builds the configured server without listening, so tests run it in-process
 * (`app.inject`) or on a real port, with the catalog they choose.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const metrics = deps.metrics ?? createMetrics();
  const version = deps.version ?? UNKNOWN_REVISION;
  const app = Fastify({
    loggerInstance: deps.logger,
    // genReqId below reads x-request-id itself, so an unsafe value is replaced rather than trusted.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && SAFE_REQUEST_ID.test(given) ? given : newRequestId();
    },
    routerOptions: {
      // Deep links and search queries are short; anything longer is not ours.
      maxParamLength: 200,
      querystringParser: rememberingQuerystringParser(),
    },
    return503OnClosing: true,
    trustProxy: deps.trustProxy ?? false,
    // One line per request from `registerObservability` instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: lazyRequestLogger,
    bodyLimit: SERVER_LIMITS.bodyLimitBytes,
    requestTimeout: SERVER_LIMITS.requestTimeoutMs,
    keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
    // No idle timer on every socket: pages and files arm their own (`SERVER_LIMITS`).
    connectionTimeout: 0,
    // Node would refuse an HTTP/1.1 request without Host with a bare 400 (no body, no
    // headers); the security hook refuses it instead, in JSON like every other answer.
    http: { requireHostHeader: false },
    clientErrorHandler: answerClientError,
    // A URL Fastify can't decode (`/api/%`) is rejected before routing, hooks and our error
    // handler: what they would add (headers, request id, metrics, log line) is added here.
    frameworkErrors: (_error, request, reply) => {
      reply.headers(securityHeadersFor(originForm(request.url))).header("x-request-id", request.id);
      sendError(reply, 400, "bad_request", "The URL is not valid.");
      recordAnswer(metrics, request, reply);
    },
  });
  app.server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  app.setValidatorCompiler(rememberingValidators(validatorCompiler));
  app.setSerializerCompiler(memoizingSerializerCompiler);
  const lifecycle = deps.lifecycle ?? NOT_DRAINING;
  registerErrorHandling(app);
  registerObservability(app, metrics, { serveMetrics: deps.serveMetrics ?? true });
  registerSecurity(app, {
    apiRateLimitPerMinute: deps.apiRateLimitPerMinute ?? DEFAULT_API_RATE_LIMIT_PER_MINUTE,
    isDraining: lifecycle.isDraining,
  });
  registerCompression(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "netflix-clone API", version },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(lifecycle, deps.catalog.source));
  await app.register(versionRoutes(version, deps.catalog.source));
  await app.register(metaRoutes(deps.catalog.source, version));
  await app.register(searchRoutes(deps.catalog));
  await app.register(movieRoutes(deps.catalog));
  await app.register(browseRoutes(deps.catalog));
  if (deps.artwork) await app.register(artworkRoutes(deps.artwork));
  await registerWebApp(app, deps.webDistDir);

  return app;
}
