import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { ArtworkSource } from "../http/routes/artwork.js";
import type { AppMetrics } from "../observability/metrics.js";
import { loadOfflineCatalog } from "./offline/index.js";
import type { MovieCatalog } from "./port.js";

export interface OpenedCatalog {
  catalog: MovieCatalog;
  artwork?: ArtworkSource;
  /** Said in the start-up log line, so operators see at a glance what is serving. */
  description: string;
  /** What must be loaded before the replica takes traffic (readiness waits for it). */
  warmUp?: () => Promise<void>;
  /** Releases connections (TMDB keep-alive, Redis) at shutdown. */
  close?: () => Promise<void>;
}

/**
 * Chooses and opens the adapter the configuration asks for (`auto` was
 * resolved already). TMDB answers go through the cache; the offline catalog
 * answers from memory in about a millisecond, so a cache would only cost memory.
 *
 * The TMDB adapter is imported only when chosen: its modules (HTTP client,
 * cache, Redis client) take about a fifth of an offline start-up to load.
 */
export async function openCatalog(
  config: Config,
  logger: Logger,
  metrics: AppMetrics,
): Promise<OpenedCatalog> {
  if (config.catalog === "offline") {
    const offline = await loadOfflineCatalog();
    return {
      catalog: offline,
      artwork: offline,
      description: `offline catalog (${offline.size} films)`,
    };
  }
  const credential = config.TMDB_ACCESS_TOKEN ? "read access token" : "v3 API key";
  const { openCachedTmdbCatalog } = await import("./open-cached-tmdb-catalog.js");
  const tmdb = openCachedTmdbCatalog({
    baseUrl: config.TMDB_BASE_URL,
    accessToken: config.TMDB_ACCESS_TOKEN,
    apiKey: config.TMDB_API_KEY,
    timeoutMs: config.TMDB_TIMEOUT_MS,
    region: config.TMDB_REGION,
    limits: {
      budgetMs: config.TMDB_BUDGET_MS,
      rateLimitPerSecond: config.TMDB_RATE_LIMIT_PER_SECOND,
      maxConnections: config.TMDB_MAX_CONNECTIONS,
      maxRetries: config.TMDB_MAX_RETRIES,
      circuitFailureThreshold: config.TMDB_CIRCUIT_FAILURES,
      circuitCooldownMs: config.TMDB_CIRCUIT_COOLDOWN_MS,
    },
    cacheMaxBytes: config.CACHE_MAX_MB * 1024 * 1024,
    redisUrl: config.REDIS_URL,
    version: config.GIT_REVISION,
    logger,
    metrics,
  });
  const cache = config.REDIS_URL ? "in-process and Redis cache" : "in-process cache";
  return {
    catalog: tmdb.catalog,
    warmUp: tmdb.warmUp,
    close: tmdb.close,
    description: `TMDB catalog at ${config.TMDB_BASE_URL} (${credential}; ${cache})`,
  };
}
