import { describe, expect, it } from "vitest";
import { entryFor } from "../../../src/catalog/cache/entry.js";
import { SEARCH_POLICY } from "../../../src/catalog/cache/policy.js";
import { cached, clock, flush, sharedStoreDouble } from "./support.js";

/** The cache with a shared store (Redis in production; here `sharedStoreDouble`). */
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
