import { describe, expect, it } from "vitest";
import {
  analyzeTitle,
  canonicalQueryWords,
  compoundTerms,
  queryTerms,
  queryTermVariants,
  titleTerms,
} from "../../../src/catalog/titles/terms.js";

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

describe("other spellings of a title's words", () => {
  it("indexes numbers as digits and abbreviations in full", () => {
    expect(titleTerms("Ocean's Twelve")).toContain("12");
    expect(titleTerms("Star Wars Ep. V: The Empire Strikes Back")).toEqual(
      expect.arrayContaining(["episode", "5"]),
    );
    expect(titleTerms("Se7en")).toEqual(expect.arrayContaining(["se7en", "seven", "7"]));
  });

  it("reads stylized characters as the letters and numbers they stand for", () => {
    expect(titleTerms("Ri¢hie Ri¢h")).toEqual(["richie", "rich"]);
    expect(titleTerms("The Naked Gun 2½: The Smell of Fear")).toEqual(
      expect.arrayContaining(["2", "1", "half"]),
    );
    expect(titleTerms("Halloween: H2O")).toContain("h20");
  });

  it("keeps the literal words apart from their variants, and a canonical form for comparing", () => {
    const title = analyzeTitle("Police Academy 7: Mission to Moscow");
    expect(title.words).not.toContain("seven");
    expect(title.canonical.slice(0, 3)).toEqual(["police", "academy", "7"]);
    expect(analyzeTitle("Saw V").canonical).toEqual(["saw", "5"]);
    expect(analyzeTitle("V for Vendetta").canonical[0]).toBe("v");
  });

  it("gives typed words the same spellings", () => {
    expect(canonicalQueryWords(["police", "academy", "seven"])).toEqual(["police", "academy", "7"]);
    expect(queryTermVariants(["star", "wars", "episode", "v"], 3)).toContain("5");
    expect(queryTermVariants(["v", "for", "vendetta"], 0)).not.toContain("5");
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
