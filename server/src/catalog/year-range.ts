import type { SearchQuery } from "./movie.js";

/** The release years a search asks for: one year, a range, or both (both must hold). */
export type YearRange = Pick<SearchQuery, "year" | "yearFrom" | "yearTo">;

/**
 * Whether a film released in `year` is in the range. With no bound every
 * film is; with one, a film of unknown year is not (it can't be shown to
 * fall in any range). Both catalogs filter with this, so a film shows under
 * the same filters whichever one serves it.
 */
export function inYearRange(year: number | null, range: YearRange): boolean {
  const { year: only, yearFrom, yearTo } = range;
  if (only === undefined && yearFrom === undefined && yearTo === undefined) return true;
  if (year === null) return false;
  return (
    (only === undefined || year === only) &&
    (yearFrom === undefined || year >= yearFrom) &&
    (yearTo === undefined || year <= yearTo)
  );
}
