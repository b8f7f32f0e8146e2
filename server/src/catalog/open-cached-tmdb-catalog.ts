import type { Logger } from "pino";
import type { AppMetrics } from "../observability/metrics.js";
import { withCache } from "./cache/cached-catalog.js";
import { MemoryStore } from "./cache/memory-store.js";
import { createRedisStore, type SharedStore } from "./cache/redis-store.js";
import type { MovieCatalog } from "./port.js";
import { openTmdbAdapter } from "./tmdb/open-tmdb-adapter.js";
import { DEFAULT_LANGUAGE, DEFAULT_REGION } from "./tmdb/options.js";
import { DEFAULT_LIMITS, type OutboundLimits } from "./tmdb/outbound/limits.js";

export interface TmdbCatalogSettings {
  baseUrl: string;
  accessToken?: string | undefined;
  apiKey?: string | undefined;
  timeoutMs: number;
  region?: string | undefined;
  limits: OutboundLimits;
  cacheMaxBytes: number;
  /** A shared cache for every replica; in-process only without it. */
  redisUrl?: string | undefined;
  /** The build's revision: a new build may shape answers differently, so it starts its own keys. */
  version: string;
  logger: Logger;
  metrics: AppMetrics;
  /** For tests: the cache's clock. */
  now?: () => number;
}

export interface OpenedTmdbCatalog {
  catalog: MovieCatalog;
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

/** Prefix of every key this app writes to Redis. */
export const REDIS_KEY_PREFIX = "netflix-clone:catalog:";

/**
 * The TMDB adapter behind the cache and coalescing decorator, with Redis
 * when configured: what `CATALOG=tmdb` serves, and what the tests build.
 */
export function openCachedTmdbCatalog(settings: TmdbCatalogSettings): OpenedTmdbCatalog {
  const { logger, metrics } = settings;
  const region = settings.region ?? DEFAULT_REGION;
  const adapter = openTmdbAdapter({
    baseUrl: settings.baseUrl,
    accessToken: settings.accessToken,
    apiKey: settings.apiKey,
    timeoutMs: settings.timeoutMs,
    region,
    limits: settings.limits,
    observer: metrics.upstream,
    logger: logger.child({ component: "tmdb" }),
  });
  const cacheLogger = logger.child({ component: "cache" });
  const shared: SharedStore | undefined = settings.redisUrl
    ? createRedisStore({
        url: settings.redisUrl,
        keyPrefix: REDIS_KEY_PREFIX,
        logger: cacheLogger,
        observer: metrics.cache,
      })
    : undefined;
  const catalog = withCache(adapter.catalog, {
    local: new MemoryStore(settings.cacheMaxBytes),
    shared,
    namespace: ["tmdb", settings.version, DEFAULT_LANGUAGE, region].join(":"),
    logger: cacheLogger,
    observer: metrics.cache,
    now: settings.now,
    budgetMs: settings.limits.budgetMs ?? DEFAULT_LIMITS.budgetMs,
  });
  return {
    catalog,
    warmUp: adapter.warmUp,
    async close() {
      await Promise.all([adapter.close(), shared?.close()]);
    },
  };
}
