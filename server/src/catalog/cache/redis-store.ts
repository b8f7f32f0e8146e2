import { Redis } from "ioredis";
import { type CacheEntry, parseEntry, serializeEntry } from "./entry.js";
import type { CacheObserver } from "./observer.js";

/** The pino-compatible subset the store logs with. */
export interface StoreLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RedisStoreOptions {
  /** `REDIS_URL`; it may carry a password, so it is never logged. */
  url: string;
  /** Prepended to every key, so one Redis can serve other things too. */
  keyPrefix: string;
  logger: StoreLogger;
  observer: CacheObserver;
  /** A cache read slower than this is a miss: Redis must never make a request slower than TMDB. */
  commandTimeoutMs?: number;
}

export interface SharedStore {
  get(key: string): Promise<CacheEntry | undefined>;
  /** Fire and forget: a failed write costs a future miss, never the request. */
  set(key: string, entry: CacheEntry, now: number): void;
  close(): Promise<void>;
}

const STORE = "redis";

/**
 * The shared cache in Redis, so replicas share answers. Redis is an
 * optimisation, never a dependency: while it is unreachable every operation
 * is a quick miss (no offline queue, a short command timeout), the app
 * answers straight from the catalog, and ioredis keeps reconnecting. The
 * outage and the recovery are each logged once.
 */
export function createRedisStore(options: RedisStoreOptions): SharedStore {
  const { logger, observer } = options;
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: 2000,
    // Forever, at most every 2 s: the cache comes back by itself when Redis does.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let state: "connecting" | "up" | "down" = "connecting";
  let everUp = false;

  client.on("ready", () => {
    state = "up";
    observer.storeUp(STORE, true);
    logger.info({}, everUp ? "redis cache reconnected" : "redis cache connected");
    everUp = true;
  });
  const markDown = (error?: unknown) => {
    if (state === "down") return;
    state = "down";
    observer.storeUp(STORE, false);
    logger.warn(
      { code: errorCode(error) },
      "redis cache unavailable: answering from the catalog directly and reconnecting",
    );
  };
  client.on("error", markDown);
  client.on("close", () => markDown());

  return {
    async get(key) {
      if (state !== "up") return undefined;
      try {
        const text = await client.get(key);
        return text === null ? undefined : parseEntry(text);
      } catch {
        observer.storeError(STORE, "get");
        return undefined;
      }
    },
    set(key, entry, now) {
      if (state !== "up") return;
      const ttlMs = Math.max(1, Math.round(entry.expiresAt - now));
      client.set(key, serializeEntry(entry), "PX", ttlMs).catch(() => {
        observer.storeError(STORE, "set");
      });
    },
    async close() {
      client.removeAllListeners("close");
      state = "down";
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** `ECONNREFUSED`, `ETIMEDOUT`...; never a message, which could name the host or more. */
function errorCode(error: unknown): string | undefined {
  return error && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}
