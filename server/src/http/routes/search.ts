import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MovieCatalog } from "../../catalog/port.js";
import { errorResponses } from "../schemas/error.js";
import { searchPageSchema } from "../schemas/movie.js";
import { searchQuerySchema } from "../schemas/search-query.js";
import { abortSignalOf } from "./abort-signal.js";
import { SearchQueries } from "./search-queries.js";

export const searchRoutes =
  (catalog: MovieCatalog): FastifyPluginAsyncZod =>
  async (app) => {
    const queries = new SearchQueries();
    app.get(
      "/api/search",
      {
        schema: {
          summary: "Search movies by title",
          tags: ["movies"],
          querystring: searchQuerySchema,
          response: { 200: searchPageSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const query = queries.of(request.url, () => {
          const { q, page, year, yearFrom, yearTo, genre, sort, correct } = request.query;
          return { text: q, page, year, yearFrom, yearTo, genreId: genre, sort, correct };
        });
        return catalog.search(query, abortSignalOf(reply));
      },
    );
  };
