import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/catalog/cache/cache-key.js";

describe("cacheKey", () => {
  it("is the method and the arguments as JSON", () => {
    expect(cacheKey("search", [{ text: "matrix", page: 1 }])).toBe(
      'search:[{"text":"matrix","page":1}]',
    );
    expect(cacheKey("getMovie", [603])).toBe("getMovie:[603]");
  });

  it("ignores the abort signal, undefined fields and trailing undefined arguments", () => {
    const signal = new AbortController().signal;
    expect(cacheKey("search", [{ text: "x", page: 1, year: undefined }, signal])).toBe(
      cacheKey("search", [{ text: "x", page: 1 }]),
    );
    expect(cacheKey("browse", [signal])).toBe("browse:[]");
    expect(cacheKey("browse", [undefined])).toBe("browse:[]");
    expect(cacheKey("getMovie", [603, signal])).toBe("getMovie:[603]");
  });

  it("tells apart what changes the answer: method, values, nesting", () => {
    const keys = new Set([
      cacheKey("search", [{ text: "matrix", page: 1 }]),
      cacheKey("search", [{ text: "matrix", page: 2 }]),
      cacheKey("search", [{ text: "Matrix", page: 1 }]),
      cacheKey("search", [{ text: "matrix", page: 1, year: 1999 }]),
      cacheKey("browse", [{ text: "matrix", page: 1 }]),
      cacheKey("getMovie", [603]),
      cacheKey("getMovie", ["603"]),
    ]);
    expect(keys.size).toBe(7);
  });

  it("treats composed and decomposed accents as the same text, as TMDB does", () => {
    expect(cacheKey("search", [{ text: "Ame\u0301lie" }])).toBe(
      cacheKey("search", [{ text: "Amélie" }]),
    );
  });
});
