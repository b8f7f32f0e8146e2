/**
 * What a movie id looks like in a URL (`/movie/:id` in the web,
 * `/api/movies/:id` and `/api/posters/:id.svg` in the API): plain decimal
 * digits, no sign and no leading zero, at most ten of them. TMDB's ids are in
 * the millions, so ten digits leave room while keeping `Number(text)` exact.
 * Plain data with no imports on purpose: the web bundles this module, and it
 * must not pull zod in.
 */

/** The rule as a regular-expression source, to embed in a longer pattern (`<id>.svg`). */
export const MOVIE_ID_SOURCE = "[1-9]\\d{0,9}";

/** Matches a whole text that is a movie id. */
export const MOVIE_ID_PATTERN = new RegExp(`^${MOVIE_ID_SOURCE}$`);
