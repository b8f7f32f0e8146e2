import { CONFIGURATION } from "../fixtures/configuration.js";
import { GENRES } from "../fixtures/genres.js";
import { type FakeResponse, json, tmdbError } from "../responses.js";

/**
 * `GET /genre/movie/list` (English names whatever the language asked for)
 * and `GET /configuration`.
 *
 * @see https://developer.themoviedb.org/reference/genre-movie-list
 */
export function genreList(options: { fail: boolean }): FakeResponse {
  return options.fail ? tmdbError(500, 11) : json(200, { genres: GENRES });
}

/** @see https://developer.themoviedb.org/reference/configuration-details */
export function configuration(): FakeResponse {
  return json(200, CONFIGURATION);
}
