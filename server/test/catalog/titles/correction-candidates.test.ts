import { describe, expect, it } from "vitest";
import {
  candidatesFor,
  soundsAndLooksAlike,
  typoBudget,
} from "../../../src/catalog/titles/correction-candidates.js";
import { titleWordsOf } from "../offline/support/title-words.js";

const words = titleWordsOf([
  "Fight Club",
  "Lethal Weapon 3",
  "Star Wars Ep. V: The Empire Strikes Back",
]);
const candidates = (text: string, i = text.split(" ").length - 1) =>
  candidatesFor(words, text.split(" "), i);

describe("what a typed word may have meant", () => {
  it("allows fewer edits than the search does: none in short words or numbers", () => {
    expect(typoBudget("abc")).toBe(0);
    expect(typoBudget("2049")).toBe(0);
    expect(typoBudget("qwerty")).toBe(1);
    expect(typoBudget("philadelfia")).toBe(2);
  });

  it("takes a word by its sound only when it also looks alike", () => {
    expect(soundsAndLooksAlike("fite", "fight")).toBe(true);
    expect(soundsAndLooksAlike("qwerty", "coward")).toBe(false);
  });

  it("leaves a known word, or one titles write abbreviated, as typed", () => {
    expect(candidates("fight club", 0)).toEqual([{ word: "fight", cost: 0, numeral: false }]);
    expect(candidates("star wars episode", 2)).toEqual([
      { word: "episode", cost: 0, numeral: false },
    ]);
  });

  it("offers a number's other spellings only where a title writes them so", () => {
    expect(candidates("lethal weapon iii")).toEqual([
      { word: "iii", cost: 0, numeral: false },
      { word: "3", cost: 0.01, numeral: true },
    ]);
  });

  it("offers close title words, cheapest first, and the typed word last, as unknown", () => {
    const offered = candidates("fite");
    expect(offered[0]).toMatchObject({ word: "fight", numeral: false });
    expect(offered.at(-1)).toMatchObject({ word: "fite", unknown: true });
    expect(offered.map((candidate) => candidate.cost)).toEqual(
      [...offered.map((candidate) => candidate.cost)].sort((a, b) => a - b),
    );
  });
});
