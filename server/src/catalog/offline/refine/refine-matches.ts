import { genreName } from "../../genres.js";
import type { SearchQuery, SearchSort } from "../../movie.js";
import { inYearRange } from "../../year-range.js";
import type { CatalogRecord } from "../catalog-record.js";

/**
 * The search filters and sort orders, applied to the whole matched set (the
 * offline catalog has it all in memory, so totals and pages stay exact).
 */
export function refineMatches(
  matches: readonly CatalogRecord[],
  query: Pick<SearchQuery, "year" | "yearFrom" | "yearTo" | "genreId" | "sort">,
): CatalogRecord[] {
  const genre = query.genreId === undefined ? undefined : genreName(query.genreId);
  const filtered = matches.filter(
    (film) =>
      inYearRange(film.year, query) &&
      (query.genreId === undefined || (genre !== undefined && film.genres.includes(genre))),
  );
  return sortMatches(filtered, query.sort ?? "relevance");
}

/** Stable: equal films keep their relevance order. Unknown values sort last. */
function sortMatches(films: CatalogRecord[], sort: SearchSort): CatalogRecord[] {
  switch (sort) {
    case "relevance":
      return films;
    case "popularity":
      return films.toSorted((a, b) => b.popularity - a.popularity);
    case "rating":
      return films.toSorted((a, b) => (b.imdbRating ?? -1) - (a.imdbRating ?? -1));
    case "newest":
      return films.toSorted((a, b) => dateKey(b).localeCompare(dateKey(a)));
  }
}

/** The release date, or the year's first day when only the year is known; "" when neither. */
function dateKey(film: CatalogRecord): string {
  return film.releaseDate ?? (film.year === null ? "" : `${film.year}-01-01`);
}
