import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { HttpMetrics } from "../../src/observability/http-metrics.js";

describe("HttpMetrics", () => {
  it("keeps one series per method, route and status, with cumulative buckets", async () => {
    const registry = new Registry();
    const http = new HttpMetrics(registry, [0.01, 0.1]);
    http.observe("GET", "/api/search", 200, 0.005);
    http.observe("GET", "/api/search", 200, 0.05);
    http.observe("GET", "/api/search", 400, 0.002);
    http.observe("HEAD", "/api/search", 200, 0.2);
    http.observe("GET", "/api/movies/:id", 200, 0.001);
    const text = await registry.metrics();

    const count = (labels: string) =>
      new RegExp(`^http_requests_total\\{${labels}\\} (\\d+)$`, "m").exec(text)?.[1];
    expect(count('method="GET",route="/api/search",status="200"')).toBe("2");
    expect(count('method="GET",route="/api/search",status="400"')).toBe("1");
    expect(count('method="HEAD",route="/api/search",status="200"')).toBe("1");
    expect(count('method="GET",route="/api/movies/:id",status="200"')).toBe("1");

    expect(searchBuckets(text, ["0.01", "0.1", "\\+Inf"])).toEqual(["1", "2", "2"]);
    expect(text).toMatch(
      /^http_request_duration_seconds_sum\{method="HEAD",route="\/api\/search",status="200"\} 0\.2$/m,
    );
  });

  it("counts an answer that took exactly a bucket's bound in that bucket (le: less than or equal)", async () => {
    const registry = new Registry();
    const http = new HttpMetrics(registry, [0.01, 0.1]);
    http.observe("GET", "/api/search", 200, 0.01);
    http.observe("GET", "/api/search", 200, 0.1);
    const text = await registry.metrics();
    expect(searchBuckets(text, ["0.01", "0.1", "\\+Inf"])).toEqual(["1", "2", "2"]);
  });
});

/** The counts of GET /api/search's 200 answers in these duration buckets (`le`, regex-escaped). */
function searchBuckets(text: string, bounds: string[]): Array<string | undefined> {
  return bounds.map(
    (le) =>
      new RegExp(
        `^http_request_duration_seconds_bucket\\{le="${le}",method="GET",route="/api/search",status="200"\\} (\\d+)$`,
        "m",
      ).exec(text)?.[1],
  );
}
