import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/observability/metrics.js";
import { type MetricsServer, startMetricsServer } from "../../src/observability/metrics-server.js";

describe("the metrics port", () => {
  let server: MetricsServer;
  beforeAll(async () => {
    const metrics = createMetrics();
    metrics.observeHttp("GET", "/api/search", 200, 0.002);
    server = await startMetricsServer(metrics.registry, { port: 0, host: "127.0.0.1" });
  });
  afterAll(() => server.close());

  it("serves the app's metrics in Prometheus' text format", async () => {
    const response = await fetch(`${server.address}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toContain(
      'http_requests_total{method="GET",route="/api/search",status="200"} 1',
    );
  });

  it("answers anything else with a JSON 404", async () => {
    for (const [method, path] of [
      ["GET", "/"],
      ["GET", "/api/search?q=x"],
      ["POST", "/metrics"],
    ] as const) {
      const response = await fetch(`${server.address}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
