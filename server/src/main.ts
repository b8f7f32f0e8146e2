import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { openCatalog } from "./catalog/open-catalog.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";

/**
 * Entry point: read the configuration, open the catalog, listen, and drain on
 * SIGTERM. Everything else lives in `buildApp`, which tests use directly.
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
  const opened = await openCatalog(config, logger);
  let draining = false;
  const app = await buildApp({
    catalog: opened.catalog,
    artwork: opened.artwork,
    logger,
    webDistDir: config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST,
    version: config.GIT_REVISION ?? "dev",
    lifecycle: { isDraining: () => draining },
  });

  const address = await app.listen({ port: config.PORT, host: config.HOST });
  logger.info(
    { catalog: opened.catalog.source, address, version: config.GIT_REVISION ?? "dev" },
    `serving the ${opened.description} on ${address}`,
  );

  const shutdown = async (signal: string) => {
    if (draining) return;
    draining = true;
    logger.info({ signal }, "draining: finishing in-flight requests");
    setTimeout(() => {
      logger.warn("drain took too long; exiting anyway");
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
    await app.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
