import { connect, type Socket } from "node:net";
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

describe("closing the metrics port", () => {
  // (An idle keep-alive connection is no test of it: Node's close() drops idle ones by itself.)
  it("is quick while a scrape is still arriving", async () => {
    const server = await startMetricsServer(createMetrics().registry, {
      port: 0,
      host: "127.0.0.1",
    });
    // A request whose headers never finish: Node alone would wait for it up to its request timeout.
    const socket = await new Promise<Socket>((resolve, reject) => {
      const opened = connect(Number(new URL(server.address).port), "127.0.0.1", () =>
        resolve(opened),
      );
      opened.on("error", reject);
    });
    socket.on("error", () => {});
    socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const closed = server.close().then(() => "closed");
    const outcome = await Promise.race([
      closed,
      new Promise((resolve) => setTimeout(() => resolve("still open after 1 s"), 1000)),
    ]);
    socket.destroy();
    await closed;
    expect(outcome).toBe("closed");
  });
});
