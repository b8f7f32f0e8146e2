import { FILMS } from "../fixtures/index.js";
import type { FixtureFilm } from "../fixtures/types.js";
import { pagedList } from "../paging.js";
import type { FakeResponse } from "../responses.js";

/**
 * The browse lists, for rows beyond search: popular, top rated, trending and
 * discover (genre and year filters, a few sort orders).
 *
 * @see https://developer.themoviedb.org/reference/discover-movie
 */

const byPopularity = (a: FixtureFilm, b: FixtureFilm) =>
  b.details.popularity - a.details.popularity;
const byRating = (a: FixtureFilm, b: FixtureFilm) =>
  b.details.vote_average - a.details.vote_average;
const byReleaseDate = (a: FixtureFilm, b: FixtureFilm) =>
  b.details.release_date.localeCompare(a.details.release_date);

const SORTS: Record<string, (a: FixtureFilm, b: FixtureFilm) => number> = {
  "popularity.desc": byPopularity,
  "vote_average.desc": byRating,
  "primary_release_date.desc": byReleaseDate,
};

/** TMDB's top rated list leaves out films with few votes. */
const TOP_RATED_MIN_VOTES = 300;

export function popularMovies(params: URLSearchParams): FakeResponse {
  return listOf(FILMS.toSorted(byPopularity), params);
}

export function topRatedMovies(params: URLSearchParams): FakeResponse {
  const rated = FILMS.filter((film) => film.details.vote_count >= TOP_RATED_MIN_VOTES);
  return listOf(rated.toSorted(byRating), params);
}

/** Latest releases first, with TMDB's `dates` window (fixed here: the fixtures don't age). */
export function nowPlayingMovies(params: URLSearchParams): FakeResponse {
  const released = FILMS.filter((film) => film.details.release_date !== "");
  const response = listOf(released.toSorted(byReleaseDate), params);
  if (response.kind !== "body" || response.status !== 200) return response;
  const body = JSON.parse(response.body) as Record<string, unknown>;
  return { ...response, body: JSON.stringify({ dates: NOW_PLAYING_DATES, ...body }) };
}

const NOW_PLAYING_DATES = { maximum: "2025-01-08", minimum: "2024-11-27" };

export function trendingMovies(params: URLSearchParams): FakeResponse {
  return listOf(FILMS.toSorted(byPopularity), params, { media_type: "movie" });
}

/** `with_genres`: comma = all of, pipe = any of. */
export function discoverMovies(params: URLSearchParams): FakeResponse {
  const genres = params.get("with_genres") ?? "";
  const anyOf = genres.includes("|");
  const wanted = genres.split(/[,|]/).filter(Boolean).map(Number);
  const year = params.get("primary_release_year");
  const minVotes = Number(params.get("vote_count.gte") ?? 0);
  const sort = SORTS[params.get("sort_by") ?? "popularity.desc"] ?? byPopularity;
  const matches = FILMS.filter((film) => {
    const ids = film.listItem.genre_ids;
    const genreOk =
      wanted.length === 0 ||
      (anyOf ? wanted.some((id) => ids.includes(id)) : wanted.every((id) => ids.includes(id)));
    const yearOk = !year || film.details.release_date.startsWith(`${year}-`);
    return genreOk && yearOk && film.details.vote_count >= minVotes;
  });
  return listOf(matches.toSorted(sort), params);
}

function listOf(films: FixtureFilm[], params: URLSearchParams, extra: Record<string, string> = {}) {
  return pagedList(
    films.map((film) => ({ ...film.listItem, ...extra })),
    params.get("page"),
  );
}
