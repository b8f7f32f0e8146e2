import { z } from "zod";
import { movieDetailsSchema } from "./movie-details.js";
import { movieSummarySchema } from "./movie-summary.js";

/** One row of the home page: "Trending now", "Top rated", a genre... */
export const browseRowSchema = z
  .object({
    id: z.string().describe('stable and URL-safe, e.g. "trending" or "genre-878"'),
    title: z.string(),
    movies: z.array(movieSummarySchema),
  })
  .meta({ id: "BrowseRow" });

export type BrowseRow = z.infer<typeof browseRowSchema>;

/** `GET /api/browse`: the home page in one answer, a featured film for the billboard, then rows. */
export const browsePageSchema = z
  .object({
    featured: movieDetailsSchema.nullable().describe("the billboard's film"),
    rows: z.array(browseRowSchema),
  })
  .meta({ id: "BrowsePage" });

export type BrowsePage = z.infer<typeof browsePageSchema>;
