import { describe, expect, it } from "vitest";
import {
  compoundTerms,
  queryTerms,
  titleTerms,
} from "../../../../src/catalog/offline/search/terms.js";

describe("index terms of a title", () => {
  it("indexes hyphenated words whole and in parts", () => {
    expect(titleTerms("Spider-Man 2")).toEqual(["spiderman", "spider", "man", "2"]);
  });

  it("indexes elided French words in parts, so the name alone is found", () => {
    expect(titleTerms("Le Fabuleux destin d'Amélie Poulain")).toContain("amelie");
  });

  it("keeps acronyms whole", () => {
    expect(titleTerms("L.A. Confidential")).toContain("la");
    expect(titleTerms("ET: The Extra-Terrestrial")).toEqual(
      expect.arrayContaining(["et", "extraterrestrial"]),
    );
  });

  it("splits a trailing number and reads Roman sequel numbers as digits", () => {
    expect(titleTerms("Alien³")).toEqual(["alien3", "alien", "3"]);
    expect(titleTerms("The Godfather: Part II")).toContain("2");
    expect(titleTerms("V for Vendetta")).not.toContain("5");
  });

  it("runs adjacent words together for people who type them so", () => {
    expect(compoundTerms("Star Wars: The Clone Wars")).toEqual([
      "starwars",
      "warsthe",
      "theclone",
      "clonewars",
    ]);
  });
});

describe("query terms", () => {
  it("fold the query the way titles are folded", () => {
    expect(queryTerms("Schindler's  LIST")).toEqual(["schindlers", "list"]);
    expect(queryTerms("e.t.")).toEqual(["et"]);
    expect(queryTerms("spider-man")).toEqual(["spider", "man"]);
    expect(queryTerms("  !! ")).toEqual([]);
  });
});
