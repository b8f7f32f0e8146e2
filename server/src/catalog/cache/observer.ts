/** What the cache reports, for metrics. `observability/metrics.ts` implements it. */
export interface CacheObserver {
  hit(method: string): void;
  miss(method: string): void;
  /** A stale answer served: while refreshing it, or because the upstream failed. */
  stale(method: string, reason: "revalidate" | "error"): void;
  /** A caller joined an identical call already in flight. */
  coalesced(method: string): void;
  /** A shared store (Redis) failed an operation; the request went on without it. */
  storeError(store: string, operation: "get" | "set"): void;
  storeUp(store: string, up: boolean): void;
}

export const NO_CACHE_OBSERVER: CacheObserver = {
  hit() {},
  miss() {},
  stale() {},
  coalesced() {},
  storeError() {},
  storeUp() {},
};
