import { MOVIE_ID_PATTERN } from "@netflix-clone/contract";
import { z } from "zod";
import { SEARCH_SORTS } from "../../catalog/movie.js";

/**
 * Query-string numbers arrive as text. Accept plain decimal digits only, so
 * "1e2", "0x10", " 3" or "2.0" are rejected rather than silently coerced.
 */
const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string({ error: givenOnce(name) })
    .regex(/^\d{1,9}$/, { error: `${name} must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
        .max(max, { error: `${name} must be a whole number from ${min} to ${max}` }),
    );

/** A parameter sent twice arrives as an array: say that, not "expected string". */
function givenOnce(name: string, missing = `${name} must be given once`) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? missing : `${name} must be given once`;
}

/** Control characters (NUL, escapes, …) are in no title, and have no business in an upstream URL. */
const CONTROL_CHARACTER = /\p{Cc}/u;

export const searchQuerySchema = z
  .object({
    q: z
      .string({ error: givenOnce("q", "q is required: the title text to search for") })
      .trim()
      .min(1, { error: "q must not be empty" })
      .max(200, { error: "q must be at most 200 characters" })
      .refine((text) => !CONTROL_CHARACTER.test(text), {
        error: "q must not contain control characters",
      }),
    page: wholeNumber("page", 1, 500).default(1),
    year: wholeNumber("year", 1870, 2100).optional(),
    yearFrom: wholeNumber("yearFrom", 1870, 2100).optional(),
    yearTo: wholeNumber("yearTo", 1870, 2100).optional(),
    genre: wholeNumber("genre", 1, 999_999_999).optional(),
    sort: z
      .enum(SEARCH_SORTS, { error: `sort must be one of ${SEARCH_SORTS.join(", ")}` })
      .default("relevance"),
    correct: z
      .enum(["true", "false"], { error: "correct must be true or false" })
      .transform((value) => value === "true")
      .optional()
      .describe('"false": search for q exactly as typed, never a corrected text'),
  })
  .refine(
    (query) =>
      query.yearFrom === undefined || query.yearTo === undefined || query.yearFrom <= query.yearTo,
    { error: "yearFrom must not be after yearTo", path: ["yearFrom"] },
  );

/** A search's query string once validated: numbers parsed, defaults filled in. */
export type SearchQueryString = z.output<typeof searchQuerySchema>;

export const movieIdParamsSchema = z.object({
  id: z
    .string()
    .regex(MOVIE_ID_PATTERN, { error: "id must be a positive whole number" })
    .transform(Number),
});
