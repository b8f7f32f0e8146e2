import { describe, expect, it } from "vitest";
import { withCache } from "../../../src/catalog/cache/cached-catalog.js";
import {
  type CacheEntry,
  entryFor,
  parseEntry,
  serializeEntry,
} from "../../../src/catalog/cache/entry.js";
import { MemoryStore } from "../../../src/catalog/cache/memory-store.js";
import type { CacheObserver } from "../../../src/catalog/cache/observer.js";
import { DETAILS_POLICY, SEARCH_POLICY } from "../../../src/catalog/cache/policy.js";
import type { SharedStore } from "../../../src/catalog/cache/redis-store.js";
import {
  NotFoundError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../../src/catalog/errors.js";
import type { MovieCatalog } from "../../../src/catalog/port.js";

/**
 * A catalog whose answers the test scripts: it counts calls per method,
 * answers `answer <n>`, or fails with `failWith`, after `delayMs`.
 */
function scriptedCatalog() {
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
function sharedStoreDouble() {
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

function cached(options: { now?: () => number; budgetMs?: number; shared?: SharedStore } = {}) {
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

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("withCache", () => {
  it("answers a repeated call from the cache while it is fresh", async () => {
    const { subject, calls, events } = cached();
    const first = await subject.search({ text: "matrix", page: 1 });
    const second = await subject.search({ text: "matrix", page: 1 }, new AbortController().signal);
    expect(second).toBe(first);
    expect(calls.search).toBe(1);
    expect(events).toEqual(["miss search", "hit search"]);
  });

  it("keeps different arguments and methods apart", async () => {
    const { subject, calls } = cached();
    await subject.search({ text: "matrix", page: 1 });
    await subject.search({ text: "matrix", page: 2 });
    await subject.getMovie(603);
    await subject.getMovie(604);
    expect(calls).toEqual({ search: 2, getMovie: 2 });
  });

  it("caches every method of the catalog, the port's and any other", async () => {
    const { subject, calls } = cached();
    await subject.browse();
    await subject.browse(new AbortController().signal);
    await subject.recommendations(603, 1);
    await subject.recommendations(603, 1);
    await subject.recommendations(603, 2);
    expect(calls).toEqual({ browse: 1, recommendations: 2 });
    expect(subject.source).toBe("tmdb");
  });

  it("caches a class's methods and reads its getters through the instance itself", async () => {
    class Adapter {
      readonly #calls: string[] = [];
      get source() {
        return this.#calls.length === 0 ? ("tmdb" as const) : ("offline" as const);
      }
      get calls(): readonly string[] {
        return this.#calls;
      }
      async browse() {
        this.#calls.push("browse");
        return { calls: this.#calls.length };
      }
    }
    const adapter = new Adapter();
    const subject = withCache(adapter as unknown as Adapter & MovieCatalog, {
      local: new MemoryStore(1024 * 1024),
      namespace: "test",
      logger: { debug() {}, warn() {} },
    });
    expect(subject.source).toBe("tmdb");
    const first = await subject.browse();
    expect(await subject.browse()).toBe(first);
    expect(adapter.calls).toEqual(["browse"]);
    expect(subject.source).toBe("offline");
  });

  it("shares one call among concurrent identical misses", async () => {
    const { subject, calls, script, events } = cached();
    script.delayMs = 30;
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => subject.search({ text: "dune", page: 1 })),
    );
    expect(calls.search).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(events.filter((event) => event === "coalesced search")).toHaveLength(99);
  });

  it("serves a stale answer at once and refreshes it in the background", async () => {
    const time = clock();
    const { subject, calls, events } = cached({ now: time.now });
    const first = await subject.search({ text: "alien", page: 1 });
    time.advance(SEARCH_POLICY.freshMs + 1);
    expect(await subject.search({ text: "alien", page: 1 })).toBe(first);
    await flush();
    expect(calls.search).toBe(2);
    expect(await subject.search({ text: "alien", page: 1 })).toEqual({ answer: "search 2" });
    expect(events).toEqual(["miss search", "stale search revalidate", "hit search"]);
  });

  it("keeps the stale answer when the background refresh fails", async () => {
    const time = clock();
    const { subject, script } = cached({ now: time.now });
    const first = await subject.getMovie(603);
    time.advance(DETAILS_POLICY.freshMs + 1);
    script.failWith = new UpstreamUnavailableError("down");
    expect(await subject.getMovie(603)).toBe(first);
    await flush();
    expect(await subject.getMovie(603)).toBe(first);
  });

  it("serves the last good answer when the upstream fails, within the stale-if-error window", async () => {
    const time = clock();
    const { subject, script, events } = cached({ now: time.now });
    const first = await subject.search({ text: "jaws", page: 1 });
    time.advance(SEARCH_POLICY.staleWhileRevalidateMs + 1);
    for (const failure of [
      new UpstreamUnavailableError("down"),
      new UpstreamTimeoutError("slow"),
    ]) {
      script.failWith = failure;
      expect(await subject.search({ text: "jaws", page: 1 })).toBe(first);
    }
    expect(events.filter((event) => event === "stale search error")).toHaveLength(2);
  });

  it("fails once the last good answer is older than the stale-if-error window", async () => {
    const time = clock();
    const { subject, script } = cached({ now: time.now });
    await subject.search({ text: "jaws", page: 1 });
    time.advance(SEARCH_POLICY.staleIfErrorMs + 1);
    script.failWith = new UpstreamUnavailableError("down");
    await expect(subject.search({ text: "jaws", page: 1 })).rejects.toBeInstanceOf(
      UpstreamUnavailableError,
    );
  });

  it("never hides an answer behind a stale one: a 404 is passed on, and nothing is cached on failure", async () => {
    const time = clock();
    const { subject, script, calls } = cached({ now: time.now });
    await subject.getMovie(603);
    time.advance(DETAILS_POLICY.staleWhileRevalidateMs + 1);
    script.failWith = new NotFoundError("gone");
    await expect(subject.getMovie(603)).rejects.toBeInstanceOf(NotFoundError);
    script.failWith = new UpstreamUnavailableError("down");
    await expect(subject.getMovie(999)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    script.failWith = undefined;
    await subject.getMovie(999);
    expect(calls.getMovie).toBe(4);
  });

  it("passes the shared call its own signal, aborted only when every caller has given up", async () => {
    const { subject, signals, script } = cached();
    script.delayMs = 50;
    const a = new AbortController();
    const b = new AbortController();
    const first = subject.search({ text: "heat", page: 1 }, a.signal);
    const second = subject.search({ text: "heat", page: 1 }, b.signal);
    a.abort();
    await expect(first).rejects.toThrow();
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]).not.toBe(a.signal);
    expect(signals[0]?.aborted).toBe(false);
    b.abort();
    await expect(second).rejects.toThrow();
    expect(signals[0]?.aborted).toBe(true);
  });

  it("answers a caller whose budget ran out with the last good answer, if it has one", async () => {
    const time = clock();
    const { subject, script } = cached({ now: time.now, budgetMs: 20 });
    const first = await subject.search({ text: "ran", page: 1 });
    time.advance(SEARCH_POLICY.staleWhileRevalidateMs + 1);
    script.delayMs = 5000;
    expect(await subject.search({ text: "ran", page: 1 }, new AbortController().signal)).toBe(
      first,
    );
  });

  it("answers UpstreamTimeoutError once the budget is spent, and lets the call fill the cache", async () => {
    const { subject, script, calls } = cached({ budgetMs: 20 });
    script.delayMs = 100;
    await expect(subject.getMovie(603)).rejects.toBeInstanceOf(UpstreamTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await subject.getMovie(603)).toEqual({ answer: "getMovie 1" });
    expect(calls.getMovie).toBe(1);
  });

  it("lets the call fill the cache even when the caller's connection closes after its 504", async () => {
    const { subject, script, calls, signals } = cached({ budgetMs: 20 });
    script.delayMs = 100;
    const connection = new AbortController();
    await expect(subject.getMovie(603, connection.signal)).rejects.toBeInstanceOf(
      UpstreamTimeoutError,
    );
    connection.abort(); // the 504 went out with `Connection: close`
    expect(signals[0]?.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await subject.getMovie(603)).toEqual({ answer: "getMovie 1" });
    expect(calls.getMovie).toBe(1);
  });

  it("still cancels a call its only caller abandoned within the budget", async () => {
    const { subject, script, signals } = cached({ budgetMs: 1000 });
    script.delayMs = 100;
    const connection = new AbortController();
    const pending = subject.getMovie(603, connection.signal);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the call is under way
    connection.abort();
    await expect(pending).rejects.toThrow();
    expect(signals[0]?.aborted).toBe(true);
  });
});

describe("withCache with a shared store", () => {
  it("serves a fresher shared answer over its own stale copy, without calling the catalog", async () => {
    const time = clock();
    const shared = sharedStoreDouble();
    const { subject, calls, events } = cached({ now: time.now, shared: shared.store });
    expect(await subject.search({ text: "alien", page: 1 })).toEqual({ answer: "search 1" });
    const [key] = shared.keys();
    expect(key).toBeDefined();

    // Our copy is now stale; meanwhile another replica fetched a newer answer.
    time.advance(SEARCH_POLICY.freshMs + 1);
    shared.put(
      key as string,
      entryFor({ answer: "from another replica" }, SEARCH_POLICY, time.now()),
    );

    expect(await subject.search({ text: "alien", page: 1 })).toEqual({
      answer: "from another replica",
    });
    await flush(); // a background refresh, had one started, would have called by now
    expect(calls.search).toBe(1);
    expect(events).toEqual(["miss search", "hit search"]);
  });

  it("keeps a shared answer it read, and does not read the shared store for it again", async () => {
    const shared = sharedStoreDouble();
    const first = cached({ shared: shared.store });
    const second = cached({ shared: shared.store });
    await first.subject.search({ text: "heat", page: 1 });

    shared.reads.length = 0;
    expect(await second.subject.search({ text: "heat", page: 1 })).toEqual({
      answer: "search 1",
    });
    expect(shared.reads).toHaveLength(1);
    expect(await second.subject.search({ text: "heat", page: 1 })).toEqual({
      answer: "search 1",
    });
    expect(shared.reads).toHaveLength(1);
    expect(second.calls.search).toBeUndefined();
    expect(second.events).toEqual(["hit search", "hit search"]);
  });
});
