import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../../src/catalog/offline/search/parse-query.js";

describe("year extraction", () => {
  it("picks out a year typed after the title", () => {
    expect(parseQuery("King Kong 2005")).toEqual({
      terms: ["king", "kong", "2005"],
      year: 2005,
      titleTerms: ["king", "kong"],
    });
  });

  it("picks out a year typed before the title", () => {
    expect(parseQuery("1976 king kong")).toMatchObject({
      year: 1976,
      titleTerms: ["king", "kong"],
    });
  });

  it("never reads a lone number as a year: it is a title first", () => {
    expect(parseQuery("1941")).toEqual({ terms: ["1941"], year: null, titleTerms: ["1941"] });
  });

  it("ignores numbers that cannot be release years", () => {
    expect(parseQuery("mr 3000").year).toBeNull();
    expect(parseQuery("blade runner 9999").year).toBeNull();
    expect(parseQuery("naked gun 33").year).toBeNull();
  });

  it("takes the last year when several are typed", () => {
    expect(parseQuery("2001 a space odyssey 1968")).toMatchObject({
      year: 1968,
      titleTerms: ["2001", "a", "space", "odyssey"],
    });
  });
});
