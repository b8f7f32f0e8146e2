import { z } from "zod";

/** One film in a list: search results, a browse row, "more like this". */
export const movieSummarySchema = z
  .object({
    id: z.number().int().positive(),
    title: z.string(),
    year: z.number().int().nullable(),
    releaseDate: z.string().nullable().describe("YYYY-MM-DD"),
    overview: z.string(),
    posterUrl: z.string().nullable(),
    backdropUrl: z.string().nullable(),
    rating: z.number().min(0).max(10).nullable().describe("0..10, null when nobody rated it"),
    voteCount: z.number().int().nonnegative(),
    genres: z.array(z.string()),
    // Null or absent when the catalog has one scalable image (offline SVG artwork) or none.
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

export type MovieSummary = z.infer<typeof movieSummarySchema>;
