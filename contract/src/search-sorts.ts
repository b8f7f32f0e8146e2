/**
 * The orders `GET /api/search?sort=` takes. `relevance` (the default) is the
 * catalog's own order; the others re-order the matches.
 */
export const SEARCH_SORTS = ["relevance", "popularity", "rating", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
