import type { FastifyPluginAsync } from "fastify";

/** The build's git revision, for operators ("which build is serving?") and rollout checks. */
export const versionRoutes =
  (version: string, catalog: string): FastifyPluginAsync =>
  async (app) => {
    app.get("/version", { schema: { hide: true } }, async () => ({
      version,
      catalog,
      node: process.version,
    }));
  };
