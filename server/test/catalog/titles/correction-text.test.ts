import { describe, expect, it } from "vitest";
import { correctedText } from "../../../src/catalog/titles/correction-text.js";
import { queryTerms } from "../../../src/catalog/titles/terms.js";

/** Spells "schindlers" as its title does; every other word as given. */
const spelling = (word: string, typed = word) => (word === "schindlers" ? "schindler's" : typed);

const correct = (text: string, words: string[]) => {
  const tokens = text.split(" ");
  return correctedText(tokens, tokens.map(queryTerms), words, spelling);
};

describe("writing a corrected reading back as text", () => {
  it("keeps the typist's own tokens where nothing changed, and puts the corrections in place", () => {
    expect(correct("FIGHT clubb!", ["fight", "club"])).toBe("FIGHT club");
    expect(correct("Fite Club", ["fight", "club"])).toBe("fight Club");
  });

  it("spells a kept one-word token as its title does", () => {
    expect(correct("schindlers list", ["schindlers", "list"])).toBe("schindler's list");
  });

  it("corrects the parts of a joined token one by one", () => {
    expect(correct("spidr-man 2", ["spider", "man", "2"])).toBe("spider man 2");
  });

  it("keeps a token without words as typed", () => {
    expect(correct("fite - club", ["fight", "club"])).toBe("fight - club");
  });
});
