import { describe, expect, it } from "vitest";
import { rememberingKeys } from "../../../src/catalog/cache/remembered-keys.js";

function countingKeys() {
  let built = 0;
  const keyOf = rememberingKeys((args) => {
    built++;
    return JSON.stringify(args.filter((arg) => !(arg instanceof AbortSignal)));
  });
  return { keyOf, built: () => built };
}

describe("rememberingKeys", () => {
  it("builds the key of a frozen query once, and hands back the very same string", () => {
    const { keyOf, built } = countingKeys();
    const query = Object.freeze({ text: "matrix", page: 1 });
    const signal = new AbortController().signal;
    const first = keyOf([query, signal]);
    const second = keyOf([query]);
    expect(second).toBe(first);
    expect(built()).toBe(1);
  });

  it("builds the key every time for a query that could change", () => {
    const { keyOf, built } = countingKeys();
    const query = { text: "matrix", page: 1 };
    const before = keyOf([query]);
    query.page = 2;
    expect(keyOf([query])).not.toBe(before);
    expect(built()).toBe(2);
  });

  it("tells different frozen queries apart, and doesn't remember calls with more arguments", () => {
    const { keyOf, built } = countingKeys();
    const one = Object.freeze({ text: "matrix", page: 1 });
    const two = Object.freeze({ text: "matrix", page: 2 });
    expect(keyOf([one])).not.toBe(keyOf([two]));
    expect(keyOf([one, 3])).not.toBe(keyOf([one]));
    keyOf([one, 3]);
    expect(built()).toBe(4);
    expect(keyOf([603])).toBe("[603]");
  });
});
