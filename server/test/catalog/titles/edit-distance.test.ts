import { describe, expect, it } from "vitest";
import { editDistance } from "../../../src/catalog/titles/edit-distance.js";

describe("edit distance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("matrix", "matrix")).toBe(0);
    expect(editDistance("godfater", "godfather")).toBe(1);
    expect(editDistance("fite", "fight")).toBe(3);
    expect(editDistance("", "up")).toBe(2);
    expect(editDistance("qwerty", "coward")).toBe(5);
  });

  it("counts swapped letters as two edits", () => {
    expect(editDistance("prak", "park")).toBe(2);
  });
});
