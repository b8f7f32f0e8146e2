import { useMeta } from "../../../lib/meta-query";
import type { SearchFilters } from "../model/search-filters";
import styles from "./search-filters.module.css";

/**
 * TMDB's search orders by its own relevance and filters by one year only,
 * so other orders and ranges apply to each page of its results. Say so
 * rather than let "Newest" look like a promise about the whole catalog.
 */
export function TmdbOrderNote({ filters }: { filters: SearchFilters }) {
  const { data } = useMeta();
  const pageWise =
    filters.sort !== "relevance" ||
    filters.genre !== undefined ||
    (filters.from !== undefined && filters.from !== filters.to) ||
    (filters.to !== undefined && filters.from !== filters.to);
  if (data?.source !== "tmdb" || !pageWise) return null;
  return (
    <p className={styles.note}>
      TMDB ranks search results by relevance; this order and these filters apply within each page of
      its results.
    </p>
  );
}
