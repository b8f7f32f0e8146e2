import type { MovieSummary, SearchSort } from "../../../lib/api-types";

/**
 * The search results in the order the viewer asked for, across every page loaded so far.
 *
 * In TMDB mode the API can only sort each TMDB page on its own, so pages joined as they
 * arrive would run 2023…1972 and then start again at 2012. Re-sorting the whole list here
 * fixes that; in offline mode, where the API sorts the whole catalog with the same keys,
 * it changes nothing but the order of equal ratings (by votes, below).
 * `relevance` and `popularity` keep the API's order: relevance is the API's own, and a
 * summary carries no popularity to sort by.
 * Stable (`toSorted`), so films the order can't tell apart keep the API's order.
 */
export function inLoadedOrder(movies: readonly MovieSummary[], sort: SearchSort): MovieSummary[] {
  switch (sort) {
    case "relevance":
    case "popularity":
      return [...movies];
    case "rating":
      return movies.toSorted((a, b) => ratingKey(b) - ratingKey(a) || b.voteCount - a.voteCount);
    case "newest":
      return movies.toSorted((a, b) => dateKey(b).localeCompare(dateKey(a)));
  }
}

/** Unrated films (null) go last: -1 is below every rating (0..10). */
function ratingKey(movie: MovieSummary): number {
  return movie.rating ?? -1;
}

/**
 * The release date, else the year's first day (the offline catalog knows some films only by
 * year, and its API sorts them that way), else "", which sorts last when newest comes first.
 */
function dateKey(movie: MovieSummary): string {
  return movie.releaseDate ?? (movie.year === null ? "" : `${movie.year}-01-01`);
}
