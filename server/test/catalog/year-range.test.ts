import { describe, expect, it } from "vitest";
import { inYearRange } from "../../src/catalog/year-range.js";

describe("a film's release year against the years a search asks for", () => {
  it("passes every film, dated or not, when no year is asked for", () => {
    expect(inYearRange(1999, {})).toBe(true);
    expect(inYearRange(null, {})).toBe(true);
  });

  it("holds both bounds inclusively, and each one alone", () => {
    const nineties = { yearFrom: 1990, yearTo: 1999 };
    expect([1989, 1990, 1999, 2000].map((year) => inYearRange(year, nineties))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inYearRange(2024, { yearFrom: 2000 })).toBe(true);
    expect(inYearRange(1999, { yearFrom: 2000 })).toBe(false);
    expect(inYearRange(1999, { yearTo: 1999 })).toBe(true);
  });

  it("takes a single year and a range together as both holding", () => {
    expect(inYearRange(1995, { year: 1995, yearFrom: 1990 })).toBe(true);
    expect(inYearRange(1995, { year: 1995, yearFrom: 2000 })).toBe(false);
    expect(inYearRange(1996, { year: 1995 })).toBe(false);
  });

  it("keeps a film of unknown year out of any range", () => {
    expect(inYearRange(null, { yearTo: 2000 })).toBe(false);
    expect(inYearRange(null, { year: 2000 })).toBe(false);
  });
});
