import { z } from "zod";

/**
 * The public DTOs as zod schemas: one definition gives the response
 * serializer, the TypeScript check against the domain types and the OpenAPI
 * document. Keep in step with `catalog/movie.ts` (the route handlers' return
 * types make the compiler check that).
 */

export const movieSummarySchema = z
  .object({
    id: z.number().int().positive(),
    title: z.string(),
    year: z.number().int().nullable(),
    releaseDate: z.string().nullable().describe("YYYY-MM-DD"),
    overview: z.string(),
    posterUrl: z.string().nullable(),
    backdropUrl: z.string().nullable(),
    rating: z.number().min(0).max(10).nullable(),
    voteCount: z.number().int().nonnegative(),
    genres: z.array(z.string()),
    posterSrcSet: z
      .string()
      .nullable()
      .optional()
      .describe("the poster at several widths, as an HTML srcset value"),
    backdropSrcSet: z
      .string()
      .nullable()
      .optional()
      .describe("the backdrop at several widths, as an HTML srcset value"),
  })
  .meta({ id: "MovieSummary" });

const watchProviderSchema = z.object({ name: z.string(), logoUrl: z.string().nullable() });

export const watchProvidersSchema = z
  .object({
    region: z.string().describe("ISO 3166-1 country the offers are for"),
    link: z.string().nullable(),
    stream: z.array(watchProviderSchema),
    free: z.array(watchProviderSchema),
    rent: z.array(watchProviderSchema),
    buy: z.array(watchProviderSchema),
  })
  .describe("Availability from JustWatch (credit it where shown)")
  .meta({ id: "WatchProviders" });

export const movieDetailsSchema = movieSummarySchema
  .extend({
    tagline: z.string(),
    runtime: z.number().int().positive().nullable().describe("minutes"),
    directors: z.array(z.string()),
    cast: z.array(
      z.object({ name: z.string(), character: z.string(), profileUrl: z.string().nullable() }),
    ),
    trailer: z.object({ site: z.string(), key: z.string(), url: z.string() }).nullable(),
    certification: z.string().nullable(),
    similar: z.array(movieSummarySchema),
    source: z.enum(["tmdb", "offline"]),
    budget: z.number().nonnegative().nullable().describe("US dollars"),
    revenue: z.number().nonnegative().nullable().describe("US dollars, worldwide"),
    externalRatings: z.array(z.object({ source: z.string(), value: z.string() })),
    watchProviders: watchProvidersSchema.nullable().optional(),
  })
  .meta({ id: "MovieDetails" });

export const searchPageSchema = z
  .object({
    query: z.string(),
    page: z.number().int().positive(),
    totalPages: z.number().int().nonnegative(),
    totalResults: z.number().int().nonnegative(),
    results: z.array(movieSummarySchema),
    correctedQuery: z
      .string()
      .optional()
      .describe("present when the results are for this corrected text, not the one sent"),
    suggestions: z
      .array(z.string())
      .optional()
      .describe('what the user probably meant, for "Did you mean", when results are weak or empty'),
  })
  .meta({ id: "SearchPage" });
