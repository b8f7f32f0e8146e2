import { z } from "zod";
import { movieSummarySchema } from "./movie-summary.js";

/** `GET /api/search`: one page of matches. */
export const searchPageSchema = z
  .object({
    query: z.string(),
    page: z.number().int().positive(),
    totalPages: z.number().int().nonnegative(),
    totalResults: z.number().int().nonnegative(),
    totalIsUpperBound: z
      .literal(true)
      .optional()
      .describe(
        "present when filters apply page by page (TMDB mode) and the pages beyond this one may hold fewer: totalResults then counts the unfiltered search",
      ),
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

export type SearchPage = z.infer<typeof searchPageSchema>;
