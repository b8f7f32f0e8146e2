import { paths } from "../../../config/paths";
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

/**
 * One search as the page asks it: the text, the URL's filters (optional, so a
 * plain search is just `{ q }`), and `correct: false` to search the text
 * exactly as typed ("search instead for").
 */
export interface SearchParams extends Partial<SearchFilters> {
  q: string;
  correct?: false | undefined;
}

/** A Record, so a sort added to the contract is a type error here until it has a label. */
export const SORT_LABELS: Readonly<Record<SearchSort, string>> = {
  relevance: "Relevance",
  popularity: "Popularity",
  rating: "Rating",
  newest: "Newest",
};

/** The orders the Sort by menu offers, in this order. */
export const SORTS = Object.keys(SORT_LABELS) as readonly SearchSort[];

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

function sortParam(value: string | null): SearchSort {
  return value !== null && Object.hasOwn(SORT_LABELS, value) ? (value as SearchSort) : "relevance";
}

/** Reads the filters, ignoring anything malformed rather than failing the page. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  let from = yearParam(params.get("from"));
  let to = yearParam(params.get("to"));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return {
    genre: idParam(params.get("genre")),
    year: yearParam(params.get("year")),
    from,
    to,
    sort: sortParam(params.get("sort")),
  };
}

/** Whether the filters leave films out; an order only rearranges them. */
export function isFiltered(filters: Partial<SearchFilters>): boolean {
  return (
    filters.genre !== undefined ||
    filters.year !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined
  );
}

/** Whether anything differs from a plain search: what "Clear filters" undoes. */
export function hasFilters(filters: SearchFilters): boolean {
  return isFiltered(filters) || filters.sort !== "relevance";
}

/** `correct=false` in the URL: search for the text exactly as typed (see `spelling-notice.tsx`). */
export function asTypedFromParams(params: URLSearchParams): boolean {
  return params.get("correct") === "false";
}

/** The search a results page asks for: its text, its filters and whether to take the text as typed. */
export function toSearchParams(
  q: string,
  filters: SearchFilters,
  { asTyped = false } = {},
): SearchParams {
  return { q, ...filters, correct: asTyped ? false : undefined };
}

/**
 * `/search?q=...` with these filters; defaults are left out so URLs stay
 * short. `asTyped` keeps "search for the text exactly as typed" (it belongs
 * to `q`: a change of filters keeps it, a new text doesn't).
 */
export function searchUrl(q: string, filters: SearchFilters, { asTyped = false } = {}): string {
  const number = (value: number | undefined) => (value === undefined ? undefined : String(value));
  return paths.search(q, {
    correct: asTyped ? "false" : undefined,
    genre: number(filters.genre),
    year: number(filters.year),
    from: number(filters.from),
    to: number(filters.to),
    sort: filters.sort === "relevance" ? undefined : filters.sort,
  });
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
