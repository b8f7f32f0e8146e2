import type { SearchSort } from "../../../lib/api-types";

/**
 * The search's filters as they live in the URL (`/search?q=&genre=&from=&to=&sort=`),
 * so a filtered search can be shared, reloaded and stepped through with Back.
 * `year` (one exact year) is kept for links made before ranges existed.
 */
export interface SearchFilters {
  genre?: number | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  sort: SearchSort;
}

export const SORTS: ReadonlyArray<{ value: SearchSort; label: string }> = [
  { value: "relevance", label: "Relevance" },
  { value: "popularity", label: "Popularity" },
  { value: "rating", label: "Rating" },
  { value: "newest", label: "Newest" },
];

const FIRST_YEAR = 1870;
const LAST_YEAR = 2100;

function yearParam(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

function idParam(value: string | null): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

/** Reads the filters, ignoring anything malformed rather than failing the page. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const sort = SORTS.find((s) => s.value === params.get("sort"))?.value ?? "relevance";
  let from = yearParam(params.get("from"));
  let to = yearParam(params.get("to"));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return {
    genre: idParam(params.get("genre")),
    year: yearParam(params.get("year")),
    from,
    to,
    sort,
  };
}

export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.genre !== undefined ||
    filters.year !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.sort !== "relevance"
  );
}

/** `correct=false` in the URL: search for the text exactly as typed (see `spelling-notice.tsx`). */
export function asTypedFromParams(params: URLSearchParams): boolean {
  return params.get("correct") === "false";
}

/**
 * `/search?q=...` with these filters; defaults are left out so URLs stay
 * short. `asTyped` keeps "search for the text exactly as typed" (it belongs
 * to `q`: a change of filters keeps it, a new text doesn't).
 */
export function searchUrl(q: string, filters: SearchFilters, { asTyped = false } = {}): string {
  const params = new URLSearchParams({ q });
  if (asTyped) params.set("correct", "false");
  if (filters.genre !== undefined) params.set("genre", String(filters.genre));
  if (filters.year !== undefined) params.set("year", String(filters.year));
  if (filters.from !== undefined) params.set("from", String(filters.from));
  if (filters.to !== undefined) params.set("to", String(filters.to));
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  return `/search?${params}`;
}

/** Release-year choices: decades, newest first, then everything older. */
export const YEAR_RANGES: ReadonlyArray<{ label: string; from?: number; to?: number }> = [
  { label: "2020s", from: 2020, to: 2029 },
  { label: "2010s", from: 2010, to: 2019 },
  { label: "2000s", from: 2000, to: 2009 },
  { label: "1990s", from: 1990, to: 1999 },
  { label: "1980s", from: 1980, to: 1989 },
  { label: "1970s", from: 1970, to: 1979 },
  { label: "1960s", from: 1960, to: 1969 },
  { label: "Before 1960", to: 1959 },
];
