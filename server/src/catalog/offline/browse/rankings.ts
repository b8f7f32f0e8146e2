import type { CatalogRecord } from "../catalog-record.js";

/**
 * The orders the browse rows are cut from. The offline data has no views or
 * "trending" signal, so each list is an honest reading of the facts it does
 * have: IMDB votes (popularity), IMDB rating, release dates and genres.
 */

/** A list shows a "top" film only when enough people rated it to mean something. */
export const TOP_RATED_MIN_VOTES = 25_000;
/** New releases skip films almost nobody saw, which would otherwise fill the row. */
export const NEW_RELEASE_MIN_POPULARITY = 0.45;
/** A year counts as "the catalog's present" once it has this many films. */
const PRESENT_YEAR_MIN_FILMS = 20;
/** "Trending" looks at the catalog's last few years. */
const TRENDING_YEARS = 3;

const byPopularity = (a: CatalogRecord, b: CatalogRecord) =>
  b.popularity - a.popularity || a.id - b.id;

/**
 * The latest year the catalog covers properly. The data thins out at its end
 * (a couple of films from the final year), so the last year with a real
 * number of films stands for "now".
 */
export function presentYear(films: readonly CatalogRecord[]): number | null {
  const perYear = new Map<number, number>();
  for (const film of films) {
    if (film.year !== null) perYear.set(film.year, (perYear.get(film.year) ?? 0) + 1);
  }
  const full = [...perYear].filter(([, count]) => count >= PRESENT_YEAR_MIN_FILMS);
  return full.length === 0 ? null : Math.max(...full.map(([year]) => year));
}

export function popular(films: readonly CatalogRecord[]): CatalogRecord[] {
  return films.toSorted(byPopularity);
}

/** The most popular films of the catalog's last few years. */
export function trending(films: readonly CatalogRecord[], present: number | null): CatalogRecord[] {
  if (present === null) return popular(films);
  return popular(
    films.filter((film) => film.year !== null && film.year > present - TRENDING_YEARS),
  );
}

/** Highest IMDB rating among widely rated films; more votes break ties. */
export function topRated(films: readonly CatalogRecord[]): CatalogRecord[] {
  return films
    .filter((film) => film.imdbRating !== null && (film.imdbVotes ?? 0) >= TOP_RATED_MIN_VOTES)
    .toSorted(
      (a, b) =>
        (b.imdbRating ?? 0) - (a.imdbRating ?? 0) ||
        (b.imdbVotes ?? 0) - (a.imdbVotes ?? 0) ||
        a.id - b.id,
    );
}

/** Latest release dates first, up to the catalog's present, among films people saw. */
export function newReleases(
  films: readonly CatalogRecord[],
  present: number | null,
): CatalogRecord[] {
  return films
    .filter(
      (film) =>
        film.releaseDate !== null &&
        (present === null || (film.year ?? 0) <= present) &&
        film.popularity >= NEW_RELEASE_MIN_POPULARITY,
    )
    .toSorted(
      (a, b) => (b.releaseDate ?? "").localeCompare(a.releaseDate ?? "") || byPopularity(a, b),
    );
}

export function inGenre(films: readonly CatalogRecord[], genre: string): CatalogRecord[] {
  return popular(films.filter((film) => film.genres.includes(genre)));
}
