import { z } from "zod";
import { movieDetailsSchema, movieSummarySchema } from "./movie.js";

/** `GET /api/browse`: the home page's billboard and rows in one answer. */
export const browseRowSchema = z
  .object({
    id: z.string().describe('stable, e.g. "trending" or "genre-878"'),
    title: z.string(),
    movies: z.array(movieSummarySchema),
  })
  .meta({ id: "BrowseRow" });

export const browsePageSchema = z
  .object({
    featured: movieDetailsSchema.nullable().describe("the billboard's film"),
    rows: z.array(browseRowSchema),
  })
  .meta({ id: "BrowsePage" });
