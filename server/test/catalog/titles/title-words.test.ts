import { describe, expect, it } from "vitest";
import { literalTitleWords } from "../../../src/catalog/titles/terms.js";
import { TitleWords } from "../../../src/catalog/titles/title-words.js";

const known = () => {
  const words = new TitleWords();
  for (const title of ["Schindler's List", "Fight Club", "The Breakfast Club"]) {
    words.add(title, literalTitleWords(title));
  }
  return words;
};

describe("the words of known titles", () => {
  it("numbers titles in the order learned, and says which have a word", () => {
    const words = known();
    expect(words.titlesWith("club")).toEqual([1, 2]);
    expect(words.frequency("club")).toBe(2);
    expect(words.frequency("matrix")).toBe(0);
    expect(words.add("The Matrix", ["the", "matrix"])).toBe(3);
  });

  it("knows whole words, and word starts only when asked and two letters long", () => {
    const words = known();
    expect(words.knows("breakfast")).toBe(true);
    expect(words.knows("break")).toBe(false);
    expect(words.knows("break", { prefix: true })).toBe(true);
    expect(words.knows("b", { prefix: true })).toBe(false);
  });

  it("finds the titles with a word a typed start begins, unless it begins too many words", () => {
    const words = known();
    expect(words.titlesWithWordStarting("clu")).toEqual([1, 2]);
    expect(words.titlesWithWordStarting("brea")).toEqual([2]);
    expect(words.titlesWithWordStarting("zz")).toEqual([]);
    words.add("Fire Walk", ["fire", "walk"]);
    // "fi" starts two words now: with room for one, it says nothing.
    expect(words.titlesWithWordStarting("fi", 2)).toEqual([1, 3]);
    expect(words.titlesWithWordStarting("fi", 1)).toBeUndefined();
  });

  it("finds words a few edits away, with the distance", () => {
    expect([...known().near("figt", 1)]).toEqual([["fight", 1]]);
  });

  it("finds words by sound, also ones learned after the first look-up", () => {
    const words = known();
    expect(words.soundingLike("ft")).toEqual(["fight"]);
    words.add("Fate", ["fate"]);
    expect(words.soundingLike("ft")).toEqual(expect.arrayContaining(["fight", "fate"]));
  });

  it("comes back from its parts, after a trip through JSON, knowing and learning as before", () => {
    const parts = JSON.parse(JSON.stringify(known().parts()));
    const restored = TitleWords.restore(
      ["Schindler's List", "Fight Club", "The Breakfast Club"],
      parts,
    );
    expect(restored.parts()).toEqual(known().parts());
    expect(restored.titlesWith("club")).toEqual([1, 2]);
    expect(restored.knows("break", { prefix: true })).toBe(true);
    expect(restored.near("figt", 1)).toEqual([["fight", 1]]);
    expect(restored.spelling("schindlers")).toBe("schindler's");
    restored.add("Fate", ["fate"]);
    expect(restored.soundingLike("ft")).toEqual(["fight", "fate"]);
    expect(restored.knows("fa", { prefix: true })).toBe(true);
  });

  it("spells a word as its title does, keeping the typist's case when the letters agree", () => {
    const words = known();
    expect(words.spelling("schindlers")).toBe("schindler's");
    expect(words.spelling("schindlers", "Schindlers")).toBe("schindler's");
    expect(words.spelling("club", "CLUB")).toBe("CLUB");
    expect(words.spelling("unknown", "Unknown")).toBe("Unknown");
  });
});
