/**
 * How long the catalog's answers are kept, per port method. Three windows,
 * each counted from when the answer was fetched:
 *
 * - fresh: served as is;
 * - stale-while-revalidate: served at once while a background refresh runs;
 * - stale-if-error: served only when the upstream fails (down, slow, 429, garbage).
 *
 * Choices (docs/operations.md says why): search and lists change within the
 * hour (new releases, popularity), details within days, and a viewer is better
 * served by yesterday's page than by an error. TMDB's terms forbid keeping its
 * data longer than six months; every window here stays far below that.
 */
export interface CachePolicy {
  freshMs: number;
  staleWhileRevalidateMs: number;
  staleIfErrorMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** TMDB's limit on keeping its data (terms of use §3), with a margin for clock skew. */
export const MAX_CACHE_AGE_MS = 180 * DAY;

export const SEARCH_POLICY: CachePolicy = {
  freshMs: 10 * MINUTE,
  staleWhileRevalidateMs: HOUR,
  staleIfErrorMs: DAY,
};

/** Browse rows (popular, top rated, trending, discover...). */
export const LIST_POLICY: CachePolicy = {
  freshMs: 10 * MINUTE,
  staleWhileRevalidateMs: HOUR,
  staleIfErrorMs: DAY,
};

export const DETAILS_POLICY: CachePolicy = {
  freshMs: 12 * HOUR,
  staleWhileRevalidateMs: DAY,
  staleIfErrorMs: 7 * DAY,
};

const BY_METHOD: Record<string, CachePolicy> = {
  search: SEARCH_POLICY,
  getMovie: DETAILS_POLICY,
  browse: LIST_POLICY,
};

/** A method without its own entry (one added to the port later) gets the shortest, the lists'. */
export function policyFor(method: string): CachePolicy {
  return BY_METHOD[method] ?? LIST_POLICY;
}
