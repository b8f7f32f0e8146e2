import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MovieCatalog } from "../../catalog/port.js";
import { errorResponses } from "../schemas/error.js";
import { movieDetailsSchema } from "../schemas/movie.js";
import { movieIdParamsSchema } from "../schemas/search-query.js";
import { abortSignalOf } from "./abort-signal.js";

export const movieRoutes =
  (catalog: MovieCatalog): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/movies/:id",
      {
        schema: {
          summary: "Everything about one movie",
          tags: ["movies"],
          params: movieIdParamsSchema,
          response: { 200: movieDetailsSchema, ...errorResponses },
        },
      },
      async (request, reply) => catalog.getMovie(request.params.id, abortSignalOf(reply)),
    );
  };
