import { describe, expect, it } from "vitest";
import { transpositions } from "../../../src/catalog/titles/transpositions.js";

describe("transpositions", () => {
  it("swaps each pair of neighbouring letters once", () => {
    expect(transpositions("prak")).toEqual(["rpak", "park", "prka"]);
  });

  it("skips swaps that change nothing", () => {
    expect(transpositions("aab")).toEqual(["aba"]);
    expect(transpositions("a")).toEqual([]);
  });
});
