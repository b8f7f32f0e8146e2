import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { CacheObserver } from "../catalog/cache/observer.js";
import type { CircuitState } from "../catalog/tmdb/outbound/circuit-breaker.js";
import type { UpstreamObserver } from "../catalog/tmdb/outbound/observer.js";
import { HttpMetrics } from "./http-metrics.js";

/**
 * The Prometheus metrics `/metrics` serves: one registry per app (so tests
 * can build many apps in one process), Node's default metrics, HTTP by route
 * template (never a raw URL: bounded label values), TMDB calls by endpoint
 * template and status, the cache, and the circuit state.
 */
export interface AppMetrics {
  readonly registry: Registry;
  observeHttp(method: string, route: string, status: number, seconds: number): void;
  readonly upstream: UpstreamObserver;
  readonly cache: CacheObserver;
}

/** Seconds; our answers are mostly sub-millisecond (cached) or bounded by the upstream budget. */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const UPSTREAM_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
const CIRCUIT_VALUES: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const http = new HttpMetrics(registry, HTTP_BUCKETS);
  const upstreamRequests = new Counter({
    name: "tmdb_requests_total",
    help: "Requests sent to TMDB, by endpoint template and status (HTTP status, timeout or network_error)",
    labelNames: ["endpoint", "status"] as const,
    registers,
  });
  const upstreamDuration = new Histogram({
    name: "tmdb_request_duration_seconds",
    help: "Time TMDB took to answer one request, by endpoint template",
    labelNames: ["endpoint"] as const,
    buckets: UPSTREAM_BUCKETS,
    registers,
  });
  const upstreamRejected = new Counter({
    name: "tmdb_requests_rejected_total",
    help: "TMDB calls not sent: circuit open, or our own rate limit would wait past the budget",
    labelNames: ["endpoint", "reason"] as const,
    registers,
  });
  const upstreamRetries = new Counter({
    name: "tmdb_retries_total",
    help: "TMDB requests retried, by endpoint template and reason",
    labelNames: ["endpoint", "reason"] as const,
    registers,
  });
  const upstreamCoalesced = new Counter({
    name: "tmdb_requests_coalesced_total",
    help: "TMDB calls that joined an identical call already in flight instead of sending their own",
    labelNames: ["endpoint"] as const,
    registers,
  });
  const circuitState = new Gauge({
    name: "tmdb_circuit_state",
    help: "TMDB circuit breaker: 0 closed, 1 half-open (probing), 2 open (failing fast)",
    registers,
  });
  circuitState.set(0);
  const cacheHit = talliedCounter(
    "catalog_cache_hits_total",
    "Catalog answers served fresh from the cache, by port method",
    registry,
  );
  const cacheMiss = talliedCounter(
    "catalog_cache_misses_total",
    "Catalog calls the cache could not answer, by port method",
    registry,
  );
  const cacheStale = new Counter({
    name: "catalog_cache_stale_served_total",
    help: "Stale answers served, by port method and reason (revalidate: refreshing in the background; error: the upstream failed)",
    labelNames: ["method", "reason"] as const,
    registers,
  });
  const cacheCoalesced = new Counter({
    name: "catalog_cache_coalesced_total",
    help: "Cache misses that joined an identical call already in flight",
    labelNames: ["method"] as const,
    registers,
  });
  const storeErrors = new Counter({
    name: "catalog_cache_store_errors_total",
    help: "Failed operations on a shared cache store (the request went on without it)",
    labelNames: ["store", "operation"] as const,
    registers,
  });
  const storeUp = new Gauge({
    name: "catalog_cache_store_up",
    help: "Whether a shared cache store (Redis) is connected: 1 yes, 0 no",
    labelNames: ["store"] as const,
    registers,
  });

  return {
    registry,
    observeHttp: (method, route, status, seconds) => http.observe(method, route, status, seconds),
    upstream: {
      attempt(endpoint, status, seconds) {
        upstreamRequests.inc({ endpoint, status });
        upstreamDuration.observe({ endpoint }, seconds);
      },
      rejected: (endpoint, reason) => upstreamRejected.inc({ endpoint, reason }),
      retry: (endpoint, reason) => upstreamRetries.inc({ endpoint, reason }),
      circuit: (state) => circuitState.set(CIRCUIT_VALUES[state]),
      coalesced: (endpoint) => upstreamCoalesced.inc({ endpoint }),
    },
    cache: {
      hit: cacheHit,
      miss: cacheMiss,
      stale: (method, reason) => cacheStale.inc({ method, reason }),
      coalesced: (method) => cacheCoalesced.inc({ method }),
      storeError: (store, operation) => storeErrors.inc({ store, operation }),
      storeUp: (store, up) => storeUp.set({ store }, up ? 1 : 0),
    },
  };
}

/**
 * A counter by port method that is counted in a plain Map on the hot path
 * (a cache hit happens on most requests) and handed to prom-client only at
 * scrape time, through its `collect` hook.
 */
function talliedCounter(name: string, help: string, registry: Registry) {
  const tallies = new Map<string, number>();
  new Counter({
    name,
    help,
    labelNames: ["method"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [method, count] of tallies) this.inc({ method }, count);
    },
  });
  return (method: string) => {
    tallies.set(method, (tallies.get(method) ?? 0) + 1);
  };
}
