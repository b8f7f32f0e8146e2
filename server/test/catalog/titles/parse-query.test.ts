import { describe, expect, it } from "vitest";
import { parseQuery, withoutYear } from "../../../src/catalog/titles/parse-query.js";

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

describe("the typed text without its year", () => {
  it("takes out the last occurrence, tidies the spaces, and gives the year back to append", () => {
    expect(withoutYear("king kng 2005", 2005)).toEqual({ title: "king kng", yearSuffix: " 2005" });
    expect(withoutYear("2005  king kng", 2005)).toEqual({ title: "king kng", yearSuffix: " 2005" });
    expect(withoutYear("1999 ghost 1999", 1999)).toEqual({
      title: "1999 ghost",
      yearSuffix: " 1999",
    });
  });

  it("leaves a text without that year as it is", () => {
    expect(withoutYear("heat", 1995)).toEqual({ title: "heat", yearSuffix: "" });
  });
});
