import { randomUUID } from "node:crypto";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { MovieCatalog } from "./catalog/port.js";
import { registerErrorHandling } from "./http/error-handler.js";
import { type ArtworkSource, artworkRoutes } from "./http/routes/artwork.js";
import { healthRoutes, type Lifecycle } from "./http/routes/health.js";
import { metaRoutes } from "./http/routes/meta.js";
import { movieRoutes } from "./http/routes/movies.js";
import { searchRoutes } from "./http/routes/search.js";
import { registerWebApp } from "./http/routes/web-app.js";

export interface AppDeps {
  catalog: MovieCatalog;
  logger: FastifyBaseLogger;
  /** Generated artwork, when the catalog has no images of its own (offline). */
  artwork?: ArtworkSource | undefined;
  /** The built web app; without it only the API is served. */
  webDistDir?: string | undefined;
  version?: string | undefined;
  lifecycle?: Lifecycle | undefined;
}

const NOT_DRAINING: Lifecycle = { isDraining: () => false };

/** A request id we accept from a caller (a load balancer or another service) as is. */
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Builds the configured server without listening, so tests run it in-process
 * (`app.inject`) or on a real port, with the catalog they choose.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // genReqId below reads x-request-id itself, so an unsafe value is replaced rather than trusted.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Deep links and search queries are short; anything longer is not ours.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerErrorHandling(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "netflix-clone API", version: deps.version ?? "dev" },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(deps.lifecycle ?? NOT_DRAINING, deps.catalog.source));
  await app.register(metaRoutes(deps.catalog.source, deps.version ?? "dev"));
  await app.register(searchRoutes(deps.catalog));
  await app.register(movieRoutes(deps.catalog));
  if (deps.artwork) await app.register(artworkRoutes(deps.artwork));
  await registerWebApp(app, deps.webDistDir);

  return app;
}
