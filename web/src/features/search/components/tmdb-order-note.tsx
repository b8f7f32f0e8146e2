import { useMeta } from "../../../lib/meta-query";
import type { SearchFilters } from "../model/search-filters";
import styles from "./search-filters.module.css";

/**
 * TMDB's search orders by its own relevance and filters by one year only, so
 * the API sorts and filters each page of its results on its own. The page
 * re-sorts rating and newest across what has loaded (`inLoadedOrder`), so a
 * later page can slot films in above; popularity it can't (a summary has no
 * popularity). Say which, rather than let "Newest" look like a promise about
 * the whole catalog.
 */
export function TmdbOrderNote({ filters }: { filters: SearchFilters }) {
  const { data } = useMeta();
  if (data?.source !== "tmdb") return null;
  const text = noteFor(filters);
  return text && <p className={styles.note}>{text}</p>;
}

function noteFor(filters: SearchFilters): string | null {
  const { sort, genre, from, to } = filters;
  // One exact year TMDB filters itself, across all pages.
  const pageWiseFilters =
    genre !== undefined || (from !== undefined && from !== to) || (to !== undefined && from !== to);
  const clauses = [
    sort === "rating" || sort === "newest"
      ? "this order applies to the titles loaded so far, so more can appear higher up as you scroll"
      : null,
    sort === "popularity" ? "this order applies within each page of its results" : null,
    pageWiseFilters ? "these filters apply within each page of its results" : null,
  ].filter((clause) => clause !== null);
  if (clauses.length === 0) return null;
  return `TMDB ranks search results by relevance; ${clauses.join(", and ")}.`;
}
