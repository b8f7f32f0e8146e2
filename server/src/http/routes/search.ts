import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SearchQuery } from "../../catalog/movie.js";
import type { MovieCatalog } from "../../catalog/port.js";
import { rememberedPerFrozen } from "../../remembered-per-frozen.js";
import { errorResponses } from "../schemas/error.js";
import { searchPageSchema } from "../schemas/movie.js";
import { type SearchQueryString, searchQuerySchema } from "../schemas/search-query.js";
import { abortSignalOf } from "./abort-signal.js";

export const searchRoutes =
  (catalog: MovieCatalog): FastifyPluginAsyncZod =>
  async (app) => {
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
        return catalog.search(catalogQueryOf(request.query), abortSignalOf(reply));
      },
    );
  };

/**
 * The catalog's query for a validated query string: the same frozen object
 * for the same (remembered, frozen) query string, so the cache reuses its key.
 */
const catalogQueryOf = rememberedPerFrozen(
  ({ q, page, year, yearFrom, yearTo, genre, sort, correct }: SearchQueryString): SearchQuery =>
    Object.freeze({ text: q, page, year, yearFrom, yearTo, genreId: genre, sort, correct }),
);
