/**
 * The outbound rate limit: TMDB allows roughly 40-50 requests a second per IP,
 * so we keep under it ourselves instead of learning it from 429s.
 *
 * A token bucket written as GCRA ("virtual scheduling"): each request reserves
 * the next free slot, so waiters are served in arrival order and nothing needs
 * a timer. `burst` requests may go at once after a quiet spell. A 429 from
 * TMDB pauses the bucket; it resumes at the steady rate, not with a burst.
 */
export class TokenBucket {
  readonly #intervalMs: number;
  readonly #burstMs: number;
  /** When the bucket would be empty again if requests kept coming (the "theoretical arrival time"). */
  #emptyAt = 0;
  #pausedUntil = 0;

  constructor(
    ratePerSecond: number,
    burst: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(ratePerSecond > 0) || !(burst >= 1))
      throw new RangeError("rate and burst must be positive");
    this.#intervalMs = 1000 / ratePerSecond;
    this.#burstMs = this.#intervalMs * (burst - 1);
  }

  /**
   * Reserves a slot for one request and says how many milliseconds to wait
   * for it; `undefined` (and nothing reserved) when it would come after `latest`.
   */
  reserve(latest: number): number | undefined {
    const now = this.now();
    const emptyAt = Math.max(this.#emptyAt, now);
    const allowedAt = Math.max(emptyAt - this.#burstMs, this.#pausedUntil, now);
    if (allowedAt > latest) return undefined;
    this.#emptyAt = Math.max(emptyAt, allowedAt) + this.#intervalMs;
    return allowedAt - now;
  }

  /** Sends nothing for `ms` (TMDB said 429), then resumes at the steady rate. */
  pause(ms: number): void {
    const until = this.now() + ms;
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
    this.#emptyAt = Math.max(this.#emptyAt, this.#pausedUntil + this.#burstMs);
  }

  /** Milliseconds left of a pause, 0 when not paused. */
  pausedFor(): number {
    return Math.max(0, this.#pausedUntil - this.now());
  }
}
