import { faultForMovieId, faultResponse } from "../faults.js";
import { filmById } from "../fixtures/index.js";
import type { FixtureFilm } from "../fixtures/types.js";
import { type FakeResponse, json, notFound, tmdbError } from "../responses.js";
import { MOVIE_APPENDS, PAGED_APPENDS } from "./movie-appends.js";

/** TMDB refuses more sub-requests than this in one `append_to_response`. */
const MAX_APPENDS = 20;

/**
 * `GET /movie/{id}`, with `append_to_response` honoured: each known name adds
 * its object under that name; unknown names are ignored, as TMDB does.
 *
 * @see https://developer.themoviedb.org/reference/movie-details
 * @see https://developer.themoviedb.org/docs/append-to-response
 */
export function movieDetails(rawId: string, params: URLSearchParams): FakeResponse {
  const found = findFilm(rawId);
  if (!("film" in found)) return found.response;
  const appends = (params.get("append_to_response") ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (appends.length > MAX_APPENDS) return tmdbError(400, 27);

  const body: Record<string, unknown> = { ...found.film.details };
  for (const name of appends) {
    const append = MOVIE_APPENDS[name];
    if (append) body[name] = append(found.film, params);
  }
  return json(200, body);
}

/** `GET /movie/{id}/{credits|videos|release_dates|similar|...}`. */
export function movieSubresource(
  rawId: string,
  name: string,
  params: URLSearchParams,
): FakeResponse {
  const append = MOVIE_APPENDS[name];
  if (!append) return notFound();
  const found = findFilm(rawId);
  if (!("film" in found)) return found.response;
  const value = append(found.film, params) as Record<string, unknown>;
  return json(200, PAGED_APPENDS.has(name) ? value : { id: found.film.details.id, ...value });
}

function findFilm(rawId: string): { film: FixtureFilm } | { response: FakeResponse } {
  // TMDB answers a non-numeric id with its own "invalid id" code.
  if (!/^\d+$/.test(rawId)) return { response: tmdbError(404, 6) };
  const id = Number(rawId);
  const fault = faultForMovieId(id);
  if (fault) return { response: faultResponse(fault, notFound()) };
  const film = filmById(id);
  return film ? { film } : { response: notFound() };
}
