import { describe, expect, it } from "vitest";
import {
  canonicalWord,
  isNumberLetter,
  wordVariants,
} from "../../../../src/catalog/titles/text/word-variants.js";

describe("word variants", () => {
  it("gives numbers, abbreviations and stylized words one canonical spelling", () => {
    expect(canonicalWord("seven")).toBe("7");
    expect(canonicalWord("vii")).toBe("7");
    expect(canonicalWord("se7en")).toBe("7");
    expect(canonicalWord("ep")).toBe("episode");
    expect(canonicalWord("vol")).toBe("volume");
    expect(canonicalWord("matrix")).toBe("matrix");
  });

  it("lists a word's other spellings, not the word itself", () => {
    expect(wordVariants("se7en")).toEqual(["7", "seven"]);
    expect(wordVariants("h2o")).toEqual(["h20"]);
    expect(wordVariants("h20")).toEqual(["h2o"]);
    expect(wordVariants("matrix")).toEqual([]);
  });

  it("takes a lone i, v or x for a number only where sequel numbers stand", () => {
    expect(isNumberLetter(["saw", "v"], 1, false)).toBe(true);
    expect(isNumberLetter(["star", "wars", "ep", "i", "the"], 3, false)).toBe(true);
    expect(isNumberLetter(["henry", "v", "the"], 1, true)).toBe(true);
    expect(isNumberLetter(["v", "for", "vendetta"], 0, false)).toBe(false);
    expect(isNumberLetter(["i", "am", "legend"], 0, false)).toBe(false);
    expect(isNumberLetter(["x", "men", "the"], 0, true)).toBe(false);
  });
});
