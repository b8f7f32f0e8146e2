import { z } from "zod";
import { catalogSourceSchema } from "./catalog-source.js";
import { movieSummarySchema } from "./movie-summary.js";
import { watchProvidersSchema } from "./watch-providers.js";

export const castMemberSchema = z.object({
  name: z.string(),
  character: z.string(),
  profileUrl: z.string().nullable(),
});
export type CastMember = z.infer<typeof castMemberSchema>;

export const trailerSchema = z.object({ site: z.string(), key: z.string(), url: z.string() });
export type Trailer = z.infer<typeof trailerSchema>;

/** A rating beyond `rating`, e.g. Rotten Tomatoes in the offline catalog. */
export const externalRatingSchema = z.object({
  source: z.string(),
  value: z.string().describe('as its source writes it, e.g. "87%" or "7.9/10"'),
});
export type ExternalRating = z.infer<typeof externalRatingSchema>;

/** `GET /api/movies/:id`: everything the details view shows. */
export const movieDetailsSchema = movieSummarySchema
  .extend({
    tagline: z.string(),
    runtime: z.number().int().positive().nullable().describe("minutes"),
    directors: z.array(z.string()),
    cast: z.array(castMemberSchema),
    trailer: trailerSchema.nullable(),
    certification: z.string().nullable(),
    similar: z.array(movieSummarySchema),
    source: catalogSourceSchema,
    budget: z.number().nonnegative().nullable().describe("US dollars"),
    revenue: z.number().nonnegative().nullable().describe("US dollars, worldwide"),
    externalRatings: z.array(externalRatingSchema),
    // Null or absent when unknown (the offline catalog has no offers).
    watchProviders: watchProvidersSchema.nullable().optional(),
  })
  .meta({ id: "MovieDetails" });

export type MovieDetails = z.infer<typeof movieDetailsSchema>;
