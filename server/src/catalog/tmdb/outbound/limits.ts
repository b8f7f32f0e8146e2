/** Outbound discipline; each has a default fit for TMDB's published limits. */
export interface OutboundLimits {
  /** The most one call may take, retries and waits for the rate limit included. */
  budgetMs?: number | undefined;
  /** TMDB allows about 20 connections per IP. */
  maxConnections?: number | undefined;
  /** TMDB allows roughly 40-50 requests a second per IP. */
  rateLimitPerSecond?: number | undefined;
  /** Retries after a network error or a 5xx (GETs only, which all TMDB reads are). */
  maxRetries?: number | undefined;
  /** Failed calls in a row that open the circuit. */
  circuitFailureThreshold?: number | undefined;
  /** How long an open circuit fails fast before it lets a probe through. */
  circuitCooldownMs?: number | undefined;
}

export const DEFAULT_LIMITS = {
  budgetMs: 4500,
  maxConnections: 20,
  rateLimitPerSecond: 40,
  maxRetries: 2,
  circuitFailureThreshold: 5,
  circuitCooldownMs: 5000,
} as const satisfies Required<OutboundLimits>;

/** The limits that were given, so spreading them over the defaults never writes `undefined`. */
export function definedOnly(limits: OutboundLimits): Partial<Required<OutboundLimits>> {
  return Object.fromEntries(
    Object.entries(limits).filter(([name, value]) => value !== undefined && name in DEFAULT_LIMITS),
  );
}
