import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MovieCatalog } from "../../catalog/port.js";
import { browsePageSchema } from "../schemas/browse.js";
import { errorResponses } from "../schemas/error.js";
import { abortSignalOf } from "./abort-signal.js";

export const browseRoutes =
  (catalog: MovieCatalog): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/browse",
      {
        schema: {
          summary: "The home page: a featured film and rows (trending, popular, genres...)",
          tags: ["movies"],
          response: { 200: browsePageSchema, ...errorResponses },
        },
      },
      async (_request, reply) => catalog.browse(abortSignalOf(reply)),
    );
  };
