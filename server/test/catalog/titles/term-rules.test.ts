import { describe, expect, it } from "vitest";
import { matchableTerms, typoAllowance } from "../../../src/catalog/titles/term-rules.js";

describe("term rules", () => {
  it("allows no typo in short words or numbers, then one, then two", () => {
    expect(typoAllowance("up")).toBe(0);
    expect(typoAllowance("1941")).toBe(0);
    expect(typoAllowance("jaws")).toBe(1);
    expect(typoAllowance("matirx")).toBe(2);
  });

  it("drops stop words only when something else was typed", () => {
    expect(matchableTerms(["the", "matrix"])).toEqual(["matrix"]);
    expect(matchableTerms(["the"])).toEqual(["the"]);
    expect(matchableTerms(["of", "the"])).toEqual(["of", "the"]);
  });
});
