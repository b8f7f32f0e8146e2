import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export interface MetricsServer {
  /** `http://host:port`, as listened on. */
  readonly address: string;
  close(): Promise<void>;
}

const NOT_FOUND = JSON.stringify({
  error: { code: "not_found", message: "This port serves GET /metrics only." },
});

/**
 * `GET /metrics` on a port of its own (`METRICS_PORT`), for Prometheus
 * inside the cluster; the app's port, which the load balancer routes to,
 * then has no /metrics at all. Plain `node:http`: one route, no hooks.
 */
export async function startMetricsServer(
  registry: Registry,
  { port, host }: { port: number; host: string },
): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "").split("?", 1)[0];
    if (path !== "/metrics" || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { "content-type": "application/json; charset=utf-8" });
      response.end(NOT_FOUND);
      return;
    }
    registry.metrics().then(
      (text) => {
        response.writeHead(200, { "content-type": registry.contentType });
        response.end(request.method === "HEAD" ? undefined : text);
      },
      () => {
        response.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        response.end(
          JSON.stringify({ error: { code: "internal", message: "Metrics are unavailable." } }),
        );
      },
    );
  });
  await listen(server, port, host);
  const { port: bound } = server.address() as AddressInfo;
  return {
    address: `http://${host.includes(":") ? `[${host}]` : host}:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
