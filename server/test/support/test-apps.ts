import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.js";
import { loadOfflineCatalog, type OfflineCatalog } from "../../src/catalog/offline/index.js";
import { openCachedTmdbCatalog } from "../../src/catalog/open-cached-tmdb-catalog.js";
import type { OutboundLimits } from "../../src/catalog/tmdb/outbound/limits.js";
import { createLogger } from "../../src/logger.js";
import { type AppMetrics, createMetrics } from "../../src/observability/metrics.js";
import { type FakeTmdb, type FakeTmdbOptions, startFakeTmdb } from "../fake-tmdb/server.js";

/** Every log line the app wrote, as text, so tests can assert what was (not) logged. */
export interface CapturedLogs {
  text(): string;
  lines(): Array<Record<string, unknown>>;
}

export function captureLogs() {
  let text = "";
  const logs: CapturedLogs = {
    text: () => text,
    lines: () =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
  const logger = createLogger("debug", {
    write(chunk: string) {
      text += chunk;
    },
  });
  return { logger, logs };
}

let offline: Promise<OfflineCatalog> | undefined;

/** The real offline catalog (built by `npm run build -w server`), loaded once per test file. */
export function sharedOfflineCatalog(): Promise<OfflineCatalog> {
  offline ??= loadOfflineCatalog();
  return offline;
}

/** The app on the real offline catalog; the per-client rate limit is off unless asked for. */
export async function buildOfflineApp(
  options: {
    webDistDir?: string;
    isDraining?: () => boolean;
    isReady?: () => boolean;
    apiRateLimitPerMinute?: number;
    trustProxy?: boolean | string;
    /** The build's revision; `buildApp`'s own default ("dev") when omitted. */
    version?: string;
  } = {},
): Promise<{ app: FastifyInstance; logs: CapturedLogs }> {
  const catalog = await sharedOfflineCatalog();
  const { logger, logs } = captureLogs();
  const app = await buildApp({
    catalog,
    artwork: catalog,
    logger,
    webDistDir: options.webDistDir,
    lifecycle: {
      isDraining: options.isDraining ?? (() => false),
      isReady: options.isReady,
    },
    apiRateLimitPerMinute: options.apiRateLimitPerMinute ?? 0,
    trustProxy: options.trustProxy,
    version: options.version,
  });
  return { app, logs };
}

export interface TmdbTestApp {
  app: FastifyInstance;
  tmdb: FakeTmdb;
  logs: CapturedLogs;
  metrics: AppMetrics;
  /** Closes the app, its TMDB and Redis connections, and the fake TMDB unless it was passed in. */
  close(): Promise<void>;
}

export interface TmdbTestAppOptions {
  /** The token the fake TMDB accepts. */
  serverToken: string;
  /** The token the app sends; a different one plays a misconfigured deployment. */
  appToken?: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Outbound limits; by default generous enough that tests never wait on the rate limit. */
  limits?: OutboundLimits;
  /** Share one fake TMDB between apps (not closed by `close`). */
  tmdb?: FakeTmdb;
  fakeOptions?: Omit<FakeTmdbOptions, "accessToken" | "apiKey">;
  redisUrl?: string;
  /** The cache's clock. */
  now?: () => number;
  apiRateLimitPerMinute?: number;
  /** Load the genre list first, as `main.ts` does before readiness. Default true. */
  warmUp?: boolean;
}

/**
 * The app on the TMDB adapter behind the cache, wired as `main.ts` wires it,
 * over real HTTP to the project's fake TMDB.
 */
export async function buildTmdbApp(options: TmdbTestAppOptions): Promise<TmdbTestApp> {
  const tmdb =
    options.tmdb ??
    (await startFakeTmdb({
      ...options.fakeOptions,
      accessToken: options.serverToken,
      apiKey: options.apiKey,
    }));
  const { logger, logs } = captureLogs();
  const metrics = createMetrics();
  const limits = { rateLimitPerSecond: 1000, ...options.limits };
  const opened = openCachedTmdbCatalog({
    baseUrl: tmdb.baseUrl,
    accessToken: options.apiKey ? undefined : (options.appToken ?? options.serverToken),
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 2000,
    limits,
    cacheMaxBytes: 16 * 1024 * 1024,
    redisUrl: options.redisUrl,
    version: "test",
    logger,
    metrics,
    now: options.now,
  });
  if (options.warmUp ?? true) await opened.warmUp();
  const app = await buildApp({
    catalog: opened.catalog,
    logger,
    metrics,
    apiRateLimitPerMinute: options.apiRateLimitPerMinute ?? 0,
  });
  return {
    app,
    tmdb,
    logs,
    metrics,
    async close() {
      await app.close();
      await opened.close();
      if (!options.tmdb) await tmdb.close();
    },
  };
}
