/**
 * Explicit limits of our HTTP server, so a slow or abusive client can't hold
 * connections or memory. Our answers take at most the upstream budget
 * (seconds); everything here is generous beyond that.
 */
export const SERVER_LIMITS = {
  /** We take no request bodies; anything beyond a small one is not ours. */
  bodyLimitBytes: 16 * 1024,
  /** Longest URL we read (Node itself caps all headers at 16 KiB: 431). */
  maxUrlLength: 2048,
  /** Whole request, headers included, must arrive within this (slow-loris protection). */
  requestTimeoutMs: 15_000,
  headersTimeoutMs: 10_000,
  /**
   * Idle keep-alive connections stay open this long: above the 60 s idle
   * timeout of AWS load balancers, so the balancer, not us, closes them and
   * never sends on a socket we just closed.
   */
  keepAliveTimeoutMs: 65_000,
  /** A socket with no activity at all for this long is closed. */
  connectionTimeoutMs: 70_000,
} as const;
