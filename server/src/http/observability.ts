import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppMetrics } from "../observability/metrics.js";
import { isLevelEnabled } from "./lazy-request-logger.js";

/** Slower than this, a successful answer is worth an info line too. */
const SLOW_MS = 1000;

/**
 * HTTP metrics by route template for every request, `GET /metrics` for
 * Prometheus (unless it has a port of its own), and one log line per answered
 * request (method, URL, route, status, time; the request id comes with the
 * request's logger): at `info` for client errors and slow answers, at
 * `debug` for quick successes. The load balancer's access log already has
 * every request, and a JSON line costs more than a cached answer itself;
 * failures and slowness are what an operator reads logs for. Server errors
 * are logged by the error handler.
 */
export function registerObservability(
  app: FastifyInstance,
  metrics: AppMetrics,
  { serveMetrics = true } = {},
): void {
  app.addHook("onResponse", (request, reply, done) => {
    recordAnswer(metrics, request, reply);
    done();
  });

  // Off when /metrics has a port of its own (`observability/metrics-server.ts`).
  if (!serveMetrics) return;
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}

/**
 * The metrics sample and log line of one answered request. The `onResponse`
 * hook calls it for every routed request; a URL Fastify can't decode is
 * answered before routing and hooks (`app.ts`), which calls it itself.
 */
export function recordAnswer(
  metrics: AppMetrics,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  // Unmatched URLs share one label: raw URLs would make the label set unbounded.
  const route = request.routeOptions.url ?? "unmatched";
  const status = reply.statusCode;
  const ms = reply.elapsedTime;
  metrics.observeHttp(request.method, route, status, ms / 1000);
  const level = status >= 400 || ms >= SLOW_MS ? "info" : "debug";
  // Most answers are quick successes at a disabled level: don't build their line at all.
  if (isLevelEnabled(request.log, level)) {
    request.log[level](
      { method: request.method, url: request.url, route, status, ms: Math.round(ms * 10) / 10 },
      "request completed",
    );
  }
}
