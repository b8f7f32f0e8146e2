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
  /**
   * A page or file whose answer makes no progress for this long is dropped: a
   * client that stops reading a large file would otherwise hold its socket
   * (TCP keeps a stalled connection open). Only pages and files arm this timer
   * (`security.ts`). API answers are small enough for the kernel's socket
   * buffers to take whole, and a timer on every socket, re-armed on each read
   * and write, cost cached searches about a twentieth of their throughput
   * (docs/benchmarks.md). Before and between requests, the header and
   * keep-alive timeouts above close idle connections.
   */
  fileAnswerIdleTimeoutMs: 70_000,
} as const;
