import type { FastifyPluginAsync } from "fastify";

export interface Lifecycle {
  /** True once SIGTERM arrived: stop taking new traffic, finish what is in flight. */
  isDraining(): boolean;
  /** False while the catalog warms up (e.g. TMDB's genre list); true when omitted. */
  isReady?(): boolean;
}

/**
 * `/healthz` says the process is alive (it never checks TMDB: an upstream
 * outage must not get healthy pods restarted). `/readyz` says this replica
 * should get traffic: the catalog is warmed up and we are not draining.
 */
export const healthRoutes =
  (lifecycle: Lifecycle, source: string): FastifyPluginAsync =>
  async (app) => {
    app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
    app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
      if (lifecycle.isDraining()) {
        return reply.code(503).send({ status: "draining", catalog: source });
      }
      if (lifecycle.isReady && !lifecycle.isReady()) {
        return reply.code(503).send({ status: "starting", catalog: source });
      }
      return { status: "ready", catalog: source };
    });
  };
