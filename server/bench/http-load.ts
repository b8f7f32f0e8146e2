import autocannon from "autocannon";

/** Throughput and latency of one URL under a fixed number of keep-alive connections. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers: a valid run has none. */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** A first, unmeasured run: JIT, connection set-up, caches. */
  warmUpSeconds?: number;
}

/**
 * Load from this process with autocannon (npm; no apt package needed). On a
 * 2-core machine the generator takes one core and the server the other (the
 * bench pins them with taskset when it can), so absolute numbers are the
 * machine's; the ratio between two servers measured the same way is the point.
 */
export async function measureLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  if (options.warmUpSeconds) {
    await autocannon({ url, connections: options.connections, duration: options.warmUpSeconds });
  }
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
