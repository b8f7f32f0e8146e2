import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../../../src/catalog/offline/search/vocabulary.js";

describe("the vocabulary", () => {
  const vocabulary = new Vocabulary(["godfather", "gods", "matrix", ""]);

  it("knows its words, and only those", () => {
    expect(vocabulary.has("matrix")).toBe(true);
    expect(vocabulary.has("matirx")).toBe(false);
    expect(vocabulary.has("")).toBe(false);
    expect(vocabulary.size).toBe(3);
  });

  it("knows the start of a word only when asked about prefixes", () => {
    expect(vocabulary.has("godf")).toBe(false);
    expect(vocabulary.has("godf", { prefix: true })).toBe(true);
    expect(vocabulary.has("godx", { prefix: true })).toBe(false);
    expect(vocabulary.has("zzz", { prefix: true })).toBe(false);
  });
});
