import { describe, expect, it } from "vitest";
import {
  hasWordStartingWith,
  lowerBound,
  mergeSorted,
  wordsStartingWith,
} from "../../../src/catalog/titles/sorted-words.js";

const SORTED = ["alien", "aliens", "fight", "up"];

describe("a sorted word list", () => {
  it("finds where a word goes", () => {
    expect(lowerBound(SORTED, "aliens")).toBe(1);
    expect(lowerBound(SORTED, "b")).toBe(2);
    expect(lowerBound(SORTED, "zz")).toBe(4);
    expect(lowerBound([], "a")).toBe(0);
  });

  it("says whether a word starts with the letters", () => {
    expect(hasWordStartingWith(SORTED, "ali")).toBe(true);
    expect(hasWordStartingWith(SORTED, "u")).toBe(true);
    expect(hasWordStartingWith(SORTED, "alf")).toBe(false);
    expect(hasWordStartingWith(SORTED, "upper")).toBe(false);
  });

  it("lists the words a start begins, in order, up to a limit", () => {
    expect(wordsStartingWith(SORTED, "ali", 10)).toEqual(["alien", "aliens"]);
    expect(wordsStartingWith(SORTED, "ali", 1)).toEqual(["alien"]);
    expect(wordsStartingWith(SORTED, "alf", 10)).toEqual([]);
  });

  it("merges two sorted lists into one", () => {
    expect(mergeSorted(SORTED, ["ant", "zoo"])).toEqual([
      "alien",
      "aliens",
      "ant",
      "fight",
      "up",
      "zoo",
    ]);
    expect(mergeSorted([], ["b"])).toEqual(["b"]);
  });
});
