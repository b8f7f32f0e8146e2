import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CatalogSource } from "../../catalog/movie.js";

const metaSchema = z.object({
  source: z.enum(["tmdb", "offline"]).describe("which catalog answers"),
  version: z.string().describe("the git revision of this build, or 'dev'"),
});

/** Tells the web which catalog serves (for the TMDB attribution or the offline badge). */
export const metaRoutes =
  (source: CatalogSource, version: string): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/meta",
      { schema: { summary: "Which catalog serves, and the build", response: { 200: metaSchema } } },
      async () => ({ source, version }),
    );
  };
