import type { OfflineCatalog } from "../src/catalog/offline/index.js";
import { percentile } from "./stats.js";

/**
 * Search latency of the offline catalog, in-process: each query is searched
 * `rounds` times after a warm-up pass (so the JIT has compiled the hot path),
 * and every call is timed with performance.now(). Percentiles are nearest-rank.
 */
export interface LatencyReport {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

const WARM_UP_ROUNDS = 3;

export async function measureSearchLatency(
  catalog: OfflineCatalog,
  queries: string[],
  rounds = 50,
): Promise<LatencyReport> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const text of queries) await catalog.search({ text, page: 1 });
  }
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of queries) {
      const start = performance.now();
      await catalog.search({ text, page: 1 });
      samples.push(performance.now() - start);
    }
  }
  return {
    p50Ms: percentile(samples, 0.5),
    p99Ms: percentile(samples, 0.99),
    samples: samples.length,
  };
}
