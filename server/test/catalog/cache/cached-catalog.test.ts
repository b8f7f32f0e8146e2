import { describe, expect, it } from "vitest";
import { withCache } from "../../../src/catalog/cache/cached-catalog.js";
import { MemoryStore } from "../../../src/catalog/cache/memory-store.js";
import { DETAILS_POLICY, SEARCH_POLICY } from "../../../src/catalog/cache/policy.js";
import {
  NotFoundError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../../src/catalog/errors.js";
import type { MovieCatalog } from "../../../src/catalog/port.js";
import { cached, clock, flush } from "./support.js";

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
