import { faultForQuery, faultResponse } from "../faults.js";
import { FILMS } from "../fixtures/index.js";
import type { FixtureFilm } from "../fixtures/types.js";
import { pagedList } from "../paging.js";
import { type FakeResponse, json } from "../responses.js";
import { foldForSearch, titleMatches } from "../text-match.js";

/**
 * `GET /search/movie`: substring match over titles and original titles,
 * exact titles first, then by popularity; `year` and `primary_release_year`
 * both filter on the release date's year (TMDB's `year` also counts regional
 * releases, which the fixtures don't have).
 *
 * @see https://developer.themoviedb.org/reference/search-movie
 */
export function searchMovies(params: URLSearchParams): FakeResponse {
  const query = params.get("query") ?? "";
  // TMDB's historical answer to an empty query, in its own, different shape.
  if (query.trim() === "") return json(422, { errors: ["query must be provided"] });
  const fault = faultForQuery(query);
  if (fault) return faultResponse(fault, pagedList([], "1"));

  const year = params.get("primary_release_year") ?? params.get("year");
  const matches = FILMS.filter(
    (film) =>
      titleMatches(query, [film.details.title, film.details.original_title]) &&
      (!year || film.details.release_date.startsWith(`${year}-`)),
  );
  const ranked = matches.toSorted(
    (a, b) =>
      exactness(query, b) - exactness(query, a) || b.details.popularity - a.details.popularity,
  );
  return pagedList(
    ranked.map((film) => film.listItem),
    params.get("page"),
  );
}

function exactness(query: string, film: FixtureFilm): number {
  return foldForSearch(film.details.title) === foldForSearch(query.trim()) ? 1 : 0;
}
