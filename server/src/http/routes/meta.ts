import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { CatalogSource } from "../../catalog/movie.js";
import { catalogMetaSchema } from "../schemas/meta.js";

/** Tells the web which catalog serves (for the TMDB attribution or the offline badge). */
export const metaRoutes =
  (source: CatalogSource, version: string): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/meta",
      {
        schema: {
          summary: "Which catalog serves, and the build",
          response: { 200: catalogMetaSchema },
        },
      },
      async () => ({ source, version }),
    );
  };
