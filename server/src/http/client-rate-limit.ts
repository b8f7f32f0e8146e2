/** Requests a minute one client may make to /api, unless API_RATE_LIMIT_PER_MINUTE says otherwise. */
export const DEFAULT_API_RATE_LIMIT_PER_MINUTE = 600;

/**
 * The per-client limit on /api: at most `limit` requests per client key (its
 * IP) in each fixed window. A fixed window (every client's count resets at
 * the same moment) costs one Map lookup per request, and the Map is emptied
 * each window, so memory is bounded by the clients of one window; a client
 * can at worst send 2 × limit across a window boundary, which is fine for
 * keeping one client from monopolising the API and TMDB quota.
 */
export class ClientRateLimit {
  readonly #counts = new Map<string, number>();
  #windowEndsAt = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    /** Past this many distinct clients in one window, new ones pass uncounted (fail open). */
    private readonly maxClients = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; undefined when allowed, else the seconds until the window resets. */
  take(key: string): number | undefined {
    const now = this.now();
    if (now >= this.#windowEndsAt) {
      this.#counts.clear();
      this.#windowEndsAt = now - (now % this.windowMs) + this.windowMs;
    }
    const count = (this.#counts.get(key) ?? 0) + 1;
    if (count === 1 && this.#counts.size >= this.maxClients) return undefined;
    this.#counts.set(key, count);
    if (count <= this.limit) return undefined;
    return Math.max(1, Math.ceil((this.#windowEndsAt - now) / 1000));
  }
}
