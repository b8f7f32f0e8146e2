import { describe, expect, it } from "vitest";
import { entryFor, parseEntry, serializeEntry } from "../../../src/catalog/cache/entry.js";

describe("cache entries", () => {
  it("end each window at the policy's age from now", () => {
    const entry = entryFor(
      { a: 1 },
      { freshMs: 10, staleWhileRevalidateMs: 20, staleIfErrorMs: 30 },
      1000,
    );
    expect(entry).toEqual({
      value: { a: 1 },
      freshUntil: 1010,
      revalidateUntil: 1020,
      expiresAt: 1030,
    });
  });

  it("survive the trip through a shared store", () => {
    const entry = {
      value: { results: [{ id: 1 }] },
      freshUntil: 1,
      revalidateUntil: 2,
      expiresAt: 3,
    };
    expect(parseEntry(serializeEntry(entry))).toEqual(entry);
  });

  it("are read defensively: anything else in the store is a miss", () => {
    for (const text of [
      "",
      "not json",
      "null",
      "42",
      '{"v":1}',
      '{"f":1,"r":2,"e":3}',
      '{"v":1,"f":"1","r":2,"e":3}',
    ]) {
      expect(parseEntry(text)).toBeUndefined();
    }
  });
});
