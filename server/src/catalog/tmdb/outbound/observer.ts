import type { CircuitState } from "./circuit-breaker.js";

/**
 * What the HTTP client reports about its upstream calls, for metrics. The
 * adapter knows nothing of Prometheus; `observability/metrics.ts` implements this.
 */
export interface UpstreamObserver {
  /** One attempt that reached TMDB (or tried to): `status` is the HTTP status, `timeout` or `network_error`. */
  attempt(endpoint: string, status: string, seconds: number): void;
  /** A call we did not send: the circuit is open, or our own rate limit would wait past the budget. */
  rejected(endpoint: string, reason: "circuit_open" | "rate_limited"): void;
  retry(endpoint: string, reason: "server_error" | "network_error" | "rate_limited"): void;
  circuit(state: CircuitState): void;
  /** A caller joined an identical call already in flight. */
  coalesced(endpoint: string): void;
}

export const NO_UPSTREAM_OBSERVER: UpstreamObserver = {
  attempt() {},
  rejected() {},
  retry() {},
  circuit() {},
  coalesced() {},
};
