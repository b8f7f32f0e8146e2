import type { Registry } from "prom-client";

/**
 * `http_request_duration_seconds` and `http_requests_total`, kept by hand:
 * prom-client hashes the label set on every observation (~2 µs), which is a
 * noticeable share of a cached answer. Here each method/route/status series
 * is found by three Map lookups (no key string is built: hashing a fresh
 * string per request costs more than the lookups) and counted into a fixed
 * array; prom-client's registry still formats them, through the `get()` it
 * calls at scrape time.
 */
interface Series {
  labels: { method: string; route: string; status: string };
  /** Count per bucket (not cumulative), plus one for +Inf. */
  buckets: Float64Array;
  sum: number;
  count: number;
}

const DURATION = {
  name: "http_request_duration_seconds",
  help: "Time to answer an HTTP request, by method, route template and status",
};
const TOTAL = {
  name: "http_requests_total",
  help: "HTTP requests answered, by method, route template and status",
};

export class HttpMetrics {
  /** By method, route template, status: strings the engine has hashed before, and a small integer. */
  readonly #series = new Map<string, Map<string, Map<number, Series>>>();

  constructor(
    registry: Registry,
    private readonly bounds: readonly number[],
  ) {
    // The registry only needs a name and a `get()`; prom-client's types ask for a full Metric.
    registry.registerMetric({
      ...DURATION,
      type: "histogram",
      get: async () => this.#histogram(),
    } as never);
    registry.registerMetric({
      ...TOTAL,
      type: "counter",
      get: async () => this.#counter(),
    } as never);
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    // Route templates and statuses are bounded sets; methods too (Node answers unknown ones itself).
    let byRoute = this.#series.get(method);
    if (!byRoute) {
      byRoute = new Map();
      this.#series.set(method, byRoute);
    }
    let byStatus = byRoute.get(route);
    if (!byStatus) {
      byStatus = new Map();
      byRoute.set(route, byStatus);
    }
    let series = byStatus.get(status);
    if (!series) {
      series = {
        labels: { method, route, status: String(status) },
        buckets: new Float64Array(this.bounds.length + 1),
        sum: 0,
        count: 0,
      };
      byStatus.set(status, series);
    }
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > (this.bounds[bucket] as number)) bucket++;
    series.buckets[bucket] = (series.buckets[bucket] ?? 0) + 1;
    series.sum += seconds;
    series.count++;
  }

  *#all(): Iterable<Series> {
    for (const byRoute of this.#series.values()) {
      for (const byStatus of byRoute.values()) yield* byStatus.values();
    }
  }

  #histogram() {
    const values: Array<{
      metricName: string;
      labels: Record<string, string | number>;
      value: number;
    }> = [];
    for (const series of this.#all()) {
      let cumulative = 0;
      this.bounds.forEach((bound, index) => {
        cumulative += series.buckets[index] as number;
        values.push({
          metricName: "http_request_duration_seconds_bucket",
          labels: { le: bound, ...series.labels },
          value: cumulative,
        });
      });
      values.push({
        metricName: "http_request_duration_seconds_bucket",
        labels: { le: "+Inf", ...series.labels },
        value: series.count,
      });
      values.push({
        metricName: "http_request_duration_seconds_sum",
        labels: series.labels,
        value: series.sum,
      });
      values.push({
        metricName: "http_request_duration_seconds_count",
        labels: series.labels,
        value: series.count,
      });
    }
    return {
      ...DURATION,
      type: "histogram",
      values,
      aggregator: "sum",
    };
  }

  #counter() {
    return {
      ...TOTAL,
      type: "counter",
      values: [...this.#all()].map((series) => ({
        labels: series.labels,
        value: series.count,
      })),
      aggregator: "sum",
    };
  }
}
