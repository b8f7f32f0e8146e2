import fc from "fast-check";
import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { wordsWithin } from "../../../src/catalog/titles/words-within.js";

const WORDS = ["club", "clue", "fight", "fighter", "figs", "flight", "light", "night", "nights"];

/** MiniSearch's radix-tree answer, which the sorted walk must equal, in list order. */
function radixAnswer(words: readonly string[], query: string, maxEdits: number) {
  const tree = new SearchableMap<true>();
  for (const word of words) tree.set(word, true);
  return [...tree.fuzzyGet(query, maxEdits)]
    .map(([word, [, distance]]): [string, number] => [word, distance])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe("words within some edits of a typed word", () => {
  it("finds inserted, deleted and replaced letters, with their count", () => {
    expect(wordsWithin(WORDS, "figt", 1)).toEqual([
      ["fight", 1],
      ["figs", 1],
    ]);
    expect(wordsWithin(WORDS, "fihgt", 2)).toEqual([
      ["fight", 2],
      ["figs", 2],
    ]);
    expect(wordsWithin(WORDS, "night", 0)).toEqual([["night", 0]]);
    expect(wordsWithin(WORDS, "nite", 1)).toEqual([]);
  });

  it("reaches words that start differently and words that are longer", () => {
    expect(wordsWithin(WORDS, "light", 1)).toEqual([
      ["fight", 1],
      ["flight", 1],
      ["light", 0],
      ["night", 1],
    ]);
    expect(wordsWithin(WORDS, "nigh", 2).map(([word]) => word)).toEqual([
      "fight",
      "figs",
      "light",
      "night",
      "nights",
    ]);
  });

  it("answers what MiniSearch's radix tree answers, for any words and typing", () => {
    const word = fc.stringMatching(/^[a-eé]{0,7}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 3 }),
        (words, query, maxEdits) => {
          const sorted = [...words].sort();
          expect(wordsWithin(sorted, query, maxEdits)).toEqual(
            radixAnswer(sorted, query, maxEdits),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
