import { describe, expect, it } from "vitest";
import {
  Acronyms,
  mayBeAcronym,
  titleAcronyms,
  typedAcronym,
} from "../../../src/catalog/titles/acronyms.js";

const letters = (title: string) => titleAcronyms(title).map((acronym) => acronym.letters);

describe("the acronyms of a title", () => {
  it("takes the initials of each part, with and without the leading article", () => {
    expect(letters("The Lord of the Rings: The Fellowship of the Ring")).toEqual([
      "tlotr",
      "lotr",
      "tfotr",
      "fotr",
    ]);
    expect(letters("Star Wars Ep. V: The Empire Strikes Back")).toEqual(["tesb", "esb"]);
  });

  it("says what each stands for, without sequel numbers", () => {
    expect(titleAcronyms("Teenage Mutant Ninja Turtles III")).toEqual([
      { letters: "tmnt", phrase: "teenage mutant ninja turtles" },
    ]);
    expect(titleAcronyms("Back to the Future Part II")).toEqual([
      { letters: "bttf", phrase: "back to the future" },
    ]);
    expect(titleAcronyms("Pirates of the Caribbean: Dead Man's Chest")).toEqual([
      { letters: "potc", phrase: "pirates of the caribbean" },
      { letters: "dmc", phrase: "dead mans chest" },
    ]);
  });

  it("splits at hyphens, keeps number words, and skips what is too short to be one", () => {
    expect(letters("Spider-Man 2")).toEqual([]);
    expect(letters("The Spider-Man Returns")).toEqual(["tsmr", "smr"]);
    expect(letters("The Third Man")).toEqual(["ttm"]);
    expect(letters("Up")).toEqual([]);
  });
});

describe("what may be typed as an acronym", () => {
  it("is a word of three letters or more, letters only", () => {
    expect(mayBeAcronym("lotr")).toBe(true);
    expect(mayBeAcronym("hp")).toBe(false);
    expect(mayBeAcronym("ce3k")).toBe(false);
  });
});

describe("typed words read as an acronym", () => {
  it("is one acronym, alone or with the number of the film in its series", () => {
    expect(typedAcronym(["lotr"])).toEqual({ letters: "lotr", nth: undefined });
    expect(typedAcronym(["lotr", "3"])).toEqual({ letters: "lotr", nth: 3 });
    expect(typedAcronym(["potc", "ii"])).toEqual({ letters: "potc", nth: 2 });
  });

  it("is nothing for other words after it, two numbers, or a number that counts no film", () => {
    expect(typedAcronym(["lotr", "rings"])).toBeNull();
    expect(typedAcronym(["lotr", "2", "3"])).toBeNull();
    expect(typedAcronym(["lotr", "0"])).toBeNull();
    expect(typedAcronym(["hp", "2"])).toBeNull();
    expect(typedAcronym([])).toBeNull();
  });
});

describe("films by acronym", () => {
  it("finds every title an acronym abbreviates, in the order added, with its phrase", () => {
    const acronyms = new Acronyms<number>();
    acronyms.add("Pirates of the Caribbean: At World's End", 1);
    acronyms.add("The Passion of the Christ", 2);
    acronyms.add("Jaws", 3);
    expect(acronyms.find("potc")).toEqual([
      { item: 1, phrase: "pirates of the caribbean" },
      { item: 2, phrase: "the passion of the christ" },
    ]);
    expect(acronyms.find("jaws")).toEqual([]);
  });
});
