import { describe, expect, it } from "vitest";
import {
  bestReadings,
  narrowTitles,
  oneTitleHas,
  oneTitleHasWhileTyping,
} from "../../../src/catalog/titles/correction-readings.js";
import { titleWordsOf } from "../offline/support/title-words.js";

const words = titleWordsOf(["Fight Club", "The Breakfast Club", "The Night Before"]);

describe("readings of a typed text", () => {
  it("narrow the titles by each word, except common and unknown ones", () => {
    const club = narrowTitles(words, null, "club");
    expect([...(club ?? [])]).toEqual([0, 1]);
    expect([...(narrowTitles(words, club, "fight") ?? [])]).toEqual([0]);
    expect(narrowTitles(words, club, "the")).toBe(club);
    expect(narrowTitles(words, club, "zzz")).toBe(club);
  });

  it("tell whether one title has all the words", () => {
    expect(oneTitleHas(words, ["the", "fight", "club"])).toBe(true);
    expect(oneTitleHas(words, ["fight", "breakfast"])).toBe(false);
    expect(oneTitleHas(words, ["the"])).toBe(false);
  });

  it("tell whether one title has the words with the last still being typed", () => {
    expect(oneTitleHasWhileTyping(words, ["the", "breakf"])).toBe(true);
    expect(oneTitleHasWhileTyping(words, ["fight", "cl"])).toBe(true);
    // "fight" and a word starting "bef" meet in no title; "club" is whole, not being typed.
    expect(oneTitleHasWhileTyping(words, ["fight", "bef"])).toBe(false);
    expect(oneTitleHasWhileTyping(words, ["fight", "club"])).toBe(false);
    expect(oneTitleHasWhileTyping(words, ["fihgt", "cl"])).toBe(false);
  });

  it("put the reading whose words meet in one title before a cheaper one whose words do not", () => {
    // For "night club": "night" is known as typed, "fight" costs an edit; only "fight club" is a title.
    const candidates = [
      [
        { word: "night", cost: 0, numeral: false },
        { word: "fight", cost: 1, numeral: false },
      ],
      [{ word: "club", cost: 0, numeral: false }],
    ];
    const [best, next] = bestReadings(words, ["night", "club"], (i) => candidates[i] ?? []);
    expect(best).toMatchObject({ words: ["fight", "club"], cost: 1, corrected: true, worst: 1 });
    expect(next).toMatchObject({ words: ["night", "club"], corrected: false });
    expect(next?.titles?.size).toBe(0);
  });
});
