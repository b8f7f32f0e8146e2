import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { openCatalog } from "./catalog/open-catalog.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { createMetrics } from "./observability/metrics.js";
import { type MetricsServer, startMetricsServer } from "./observability/metrics-server.js";

/**
 * Entry point: read the configuration, open the catalog, listen, warm up,
 * and drain on SIGTERM. Everything else lives in `buildApp`, which tests use
 * directly.
 */

/** server/src/main.ts (tsx) and server/dist/main.js (built) both sit two levels below the repo root. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const logger = createLogger(config.LOG_LEVEL);
  const metrics = createMetrics();
  const opened = await openCatalog(config, logger, metrics);
  const version = config.GIT_REVISION;
  let draining = false;
  let metricsServer: MetricsServer | undefined;
  let ready = opened.warmUp === undefined;
  const app = await buildApp({
    catalog: opened.catalog,
    artwork: opened.artwork,
    logger,
    webDistDir: config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST,
    version,
    lifecycle: { isDraining: () => draining, isReady: () => ready },
    metrics,
    serveMetrics: config.METRICS_PORT === undefined,
    apiRateLimitPerMinute: config.API_RATE_LIMIT_PER_MINUTE,
    trustProxy: config.TRUST_PROXY,
  });

  /**
   * SIGTERM: readiness turns 503 at once; after SHUTDOWN_DELAY_SECONDS (time
   * for the load balancer to notice) the listener closes and in-flight
   * requests finish; then connections to TMDB and Redis close and we exit 0.
   * A hard deadline (SHUTDOWN_TIMEOUT_SECONDS from the signal) exits 1 if
   * draining hangs; a second signal exits at once.
   */
  const shutdown = async (signal: string) => {
    if (draining) {
      logger.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    draining = true;
    logger.info(
      { signal, delaySeconds: config.SHUTDOWN_DELAY_SECONDS },
      "draining: readiness is 503, finishing in-flight requests",
    );
    setTimeout(() => {
      logger.warn("drain took too long; exiting anyway");
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
    await sleep(config.SHUTDOWN_DELAY_SECONDS * 1000);
    await app.close();
    await metricsServer?.close();
    await opened.close?.();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  const address = await app.listen({ port: config.PORT, host: config.HOST });
  if (config.METRICS_PORT !== undefined) {
    metricsServer = await startMetricsServer(metrics.registry, {
      port: config.METRICS_PORT,
      host: config.HOST,
    });
    logger.info({ address: metricsServer.address }, "serving /metrics on its own port");
  }
  logger.info(
    { catalog: opened.catalog.source, address, version },
    `serving the ${opened.description} on ${address}`,
  );
  if (opened.warmUp) {
    // Never blocks readiness for long: warm-up falls back by itself when TMDB can't answer.
    await Promise.race([opened.warmUp(), sleep(config.TMDB_BUDGET_MS * 2)]);
    ready = true;
    logger.info("ready: taking traffic");
  }
}

main().catch((error: unknown) => {
  console.error("failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
