/**
 * How long to wait before trying TMDB again. Jitter spreads the retries of
 * many replicas and requests so they don't arrive in lockstep.
 */

/** After a network error or a 5xx: exponential from `baseMs`, capped, "equal jitter" (half fixed, half random). */
export function retryDelayMs(
  retry: number,
  random: () => number = Math.random,
  baseMs = 100,
  capMs = 1000,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * After a 429 without `Retry-After`: 1 s, 2 s, 4 s... up to 30 s for the
 * n-th 429 in a row, ±25 % jitter.
 */
export function rateLimitPauseMs(
  consecutive429s: number,
  random: () => number = Math.random,
): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, consecutive429s - 1));
  return base * (0.75 + random() * 0.5);
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110
 * §10.2.3); `undefined` when absent or unreadable.
 */
export function retryAfterMs(
  header: string | null | undefined,
  now = Date.now(),
): number | undefined {
  const value = header?.trim() ?? "";
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; V8 would also "parse" things like "-1" or "1.5".
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
