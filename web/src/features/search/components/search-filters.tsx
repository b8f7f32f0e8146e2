import { useNavigate, useSearchParams } from "react-router";
import { GENRES } from "../../../config/genres";
import type { SearchSort } from "../../../lib/api-types";
import {
  asTypedFromParams,
  type SearchFilters as Filters,
  hasFilters,
  SORT_LABELS,
  SORTS,
  searchUrl,
  YEAR_RANGES,
} from "../model/search-filters";
import styles from "./search-filters.module.css";

const ANY = "";

/** The Released select's value for the URL's year or range; a custom range gets its own option. */
function yearValue(filters: Filters): { value: string; custom?: string } {
  if (filters.year !== undefined) {
    return { value: `${filters.year}-${filters.year}`, custom: String(filters.year) };
  }
  if (filters.from === undefined && filters.to === undefined) return { value: ANY };
  const value = `${filters.from ?? ""}-${filters.to ?? ""}`;
  const preset = YEAR_RANGES.some((range) => `${range.from ?? ""}-${range.to ?? ""}` === value);
  const custom =
    filters.from === undefined
      ? `Up to ${filters.to}`
      : filters.to === undefined
        ? `${filters.from} and later`
        : `${filters.from}–${filters.to}`;
  return preset ? { value } : { value, custom };
}

function parseRange(value: string): Pick<Filters, "year" | "from" | "to"> {
  if (value === ANY) return { year: undefined, from: undefined, to: undefined };
  const [from, to] = value.split("-").map((part) => (part ? Number(part) : undefined));
  return { year: undefined, from, to };
}

/**
 * Genre, release years and order as compact chips. Each change is a new URL
 * (pushed, so Back undoes it), and the results follow the URL.
 */
export function SearchFilters({ q, filters }: { q: string; filters: Filters }) {
  const navigate = useNavigate();
  const asTyped = asTypedFromParams(useSearchParams()[0]);
  const apply = (changes: Partial<Filters>) =>
    navigate(searchUrl(q, { ...filters, ...changes }, { asTyped }));
  const years = yearValue(filters);

  return (
    <fieldset className={styles.filters}>
      <legend className="sr-only">Filter and sort results</legend>
      <label className={styles.chip}>
        <span className={styles.label}>Genre</span>
        <select
          value={filters.genre ?? ANY}
          onChange={(event) =>
            apply({ genre: event.target.value ? Number(event.target.value) : undefined })
          }
        >
          <option value={ANY}>All</option>
          {GENRES.map((genre) => (
            <option key={genre.id} value={genre.id}>
              {genre.name}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.chip}>
        <span className={styles.label}>Released</span>
        <select value={years.value} onChange={(event) => apply(parseRange(event.target.value))}>
          <option value={ANY}>Any year</option>
          {years.custom && <option value={years.value}>{years.custom}</option>}
          {YEAR_RANGES.map((range) => (
            <option key={range.label} value={`${range.from ?? ""}-${range.to ?? ""}`}>
              {range.label}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.chip}>
        <span className={styles.label}>Sort by</span>
        <select
          value={filters.sort}
          onChange={(event) => apply({ sort: event.target.value as SearchSort })}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(filters) && (
        <button
          type="button"
          className={styles.clear}
          onClick={() => navigate(searchUrl(q, { sort: "relevance" }, { asTyped }))}
        >
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
