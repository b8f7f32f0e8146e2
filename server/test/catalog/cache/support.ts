import { withCache } from "../../../src/catalog/cache/cached-catalog.js";
import { type CacheEntry, parseEntry, serializeEntry } from "../../../src/catalog/cache/entry.js";
import { MemoryStore } from "../../../src/catalog/cache/memory-store.js";
import type { CacheObserver } from "../../../src/catalog/cache/observer.js";
import type { SharedStore } from "../../../src/catalog/cache/redis-store.js";
import type { MovieCatalog } from "../../../src/catalog/port.js";

/**
 * A catalog whose answers the test scripts: it counts calls per method,
 * answers `answer <n>`, or fails with `failWith`, after `delayMs`.
 */
export function scriptedCatalog() {
  const calls: Record<string, number> = {};
  const signals: Array<AbortSignal | undefined> = [];
  const script: { failWith?: Error; delayMs: number } = { delayMs: 0 };
  const answer = async (method: string, signal?: AbortSignal) => {
    calls[method] = (calls[method] ?? 0) + 1;
    signals.push(signal);
    if (script.delayMs > 0) {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, script.delayMs);
        signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      });
    }
    if (script.failWith) throw script.failWith;
    return { answer: `${method} ${calls[method]}` };
  };
  const catalog = {
    source: "tmdb" as const,
    search: (_query: unknown, signal?: AbortSignal) => answer("search", signal),
    getMovie: (_id: number, signal?: AbortSignal) => answer("getMovie", signal),
    browse: (signal?: AbortSignal) => answer("browse", signal),
    /** Stands for a method the adapter has beyond the port's (or added to it later). */
    recommendations: (_id: number, _page: number, signal?: AbortSignal) =>
      answer("recommendations", signal),
  };
  return { catalog, calls, signals, script };
}

type Scripted = ReturnType<typeof scriptedCatalog>["catalog"];

function countingObserver() {
  const events: string[] = [];
  const observer: CacheObserver = {
    hit: (method) => events.push(`hit ${method}`),
    miss: (method) => events.push(`miss ${method}`),
    stale: (method, reason) => events.push(`stale ${method} ${reason}`),
    coalesced: (method) => events.push(`coalesced ${method}`),
    storeError: () => {},
    storeUp: () => {},
  };
  return { observer, events };
}

/**
 * A test double of the shared store (Redis in production), in memory: these
 * tests are about the decorator's own choice between its local copy and the
 * shared one, not about Redis (redis-mode.test.ts runs a real redis-server).
 * Entries go through their stored text, as they do through Redis, and every
 * read is counted.
 */
export function sharedStoreDouble() {
  const texts = new Map<string, string>();
  const reads: string[] = [];
  const store: SharedStore = {
    async get(key) {
      reads.push(key);
      const text = texts.get(key);
      return text === undefined ? undefined : parseEntry(text);
    },
    set(key, entry) {
      texts.set(key, serializeEntry(entry));
    },
    async close() {},
  };
  /** What another replica writing `key` does. */
  const put = (key: string, entry: CacheEntry) => texts.set(key, serializeEntry(entry));
  return { store, reads, keys: () => [...texts.keys()], put };
}

export function cached(
  options: { now?: () => number; budgetMs?: number; shared?: SharedStore } = {},
) {
  const scripted = scriptedCatalog();
  const { observer, events } = countingObserver();
  const subject = withCache(scripted.catalog as Scripted & MovieCatalog, {
    local: new MemoryStore(1024 * 1024),
    shared: options.shared,
    namespace: "test",
    logger: { debug() {}, warn() {} },
    observer,
    now: options.now,
    budgetMs: options.budgetMs,
  });
  return { subject, events, ...scripted };
}

export function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Long enough for a background refresh, had one started, to have called the catalog. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
