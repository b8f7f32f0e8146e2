import { describe, expect, it } from "vitest";
import { TitleDictionary } from "../../../src/catalog/titles/title-dictionary.js";

const TITLES = [
  "Fight Club",
  "The Breakfast Club",
  "Lethal Weapon 3",
  "The Godfather: Part II",
  "Schindler's List",
  "Night of the Living Dead",
  "The Night Before",
  "Star Wars Ep. V: The Empire Strikes Back",
  "Upside Down",
];
const dictionary = () => new TitleDictionary(TITLES);

const texts = (text: string) =>
  dictionary()
    .corrections(text)
    .map((c) => c.text);

describe("the title dictionary", () => {
  it("corrects a word no title has to one that occurs with the others", () => {
    expect(texts("fite club")[0]).toBe("fight club");
    expect(texts("nite of the living dead")[0]).toBe("night of the living dead");
  });

  it("spells a corrected title's words as the title does, and keeps the typist's own", () => {
    expect(texts("Schindlers lsit")[0]).toBe("schindler's list");
    expect(texts("FIGHT clubb")[0]).toBe("FIGHT club");
  });

  it("corrects a typo in the word being typed even when it starts another title's word", () => {
    const known = new TitleDictionary(["Star Wars", "The Worst Person in the World"]);
    // "wors" starts "worst", but no title has "star" and a word starting "wors".
    expect(known.corrections("star wors")[0]?.text).toBe("star wars");
    // Half-typed words that meet in a title are no mistake.
    expect(known.corrections("star wa")).toEqual([]);
    expect(texts("fight clu")).toEqual([]);
    expect(texts("the night bef")).toEqual([]);
  });

  it("offers as spelling suggestions only confident corrections of a word's spelling", () => {
    expect(dictionary().spellingSuggestions("fite club")[0]).toBe("fight club");
    // A number written another way is no misspelling: nothing to suggest.
    expect(dictionary().spellingSuggestions("godfather part two")).toEqual([]);
    expect(dictionary().spellingSuggestions("qwxzv")).toEqual([]);
  });

  it("respells numbers the way the title writes them, and says that is all it did", () => {
    const [roman] = dictionary().corrections("godfather part two");
    expect(roman).toMatchObject({
      text: "godfather part ii",
      respelledOnly: true,
      confident: true,
    });
    expect(texts("lethal weapon iii")[0]).toBe("lethal weapon 3");
  });

  it("offers nothing for text that already names a title, or is nothing like one", () => {
    expect(texts("fight club")).toEqual([]);
    expect(
      dictionary()
        .corrections("qwxzv")
        .filter((c) => c.allKnown),
    ).toEqual([]);
  });

  it("takes a word for known when titles write it abbreviated", () => {
    const spelling = dictionary()
      .corrections("star wars episode v")
      .filter((correction) => !correction.respelledOnly);
    expect(spelling.map((correction) => correction.text)).not.toContain("star wars upside v");
    expect(spelling.every((correction) => !correction.confident)).toBe(true);
  });

  it("tells a one-slip correction from a far one", () => {
    const [oneEdit] = dictionary().corrections("fight clubb");
    expect(oneEdit).toMatchObject({ text: "fight club", slight: true });
    const [bySound] = dictionary().corrections("fite club");
    expect(bySound).toMatchObject({ text: "fight club", slight: false });
  });

  it("is only confident when every word is known and one title has them all", () => {
    const [best] = dictionary().corrections("fite club");
    expect(best).toMatchObject({ confident: true, allKnown: true, respelledOnly: false });
    const apart = dictionary().corrections("lethal clubb");
    expect(apart.every((correction) => !correction.confident)).toBe(true);
  });

  it("knows words and word starts, and which words share a title", () => {
    const known = dictionary();
    expect(known.knows("godfather")).toBe(true);
    expect(known.knows("godf")).toBe(false);
    expect(known.knows("godf", { prefix: true })).toBe(true);
    expect(known.hasTitleWith(["fight", "club"])).toBe(true);
    expect(known.hasTitleWith(["fight", "breakfast"])).toBe(false);
  });

  it("reads an acronym as the phrase most of its titles share, and learns new ones", () => {
    const known = new TitleDictionary([
      "The Lord of the Rings: The Two Towers",
      "Lair of the Red Rat",
      "The Lord of the Rings: The Return of the King",
    ]);
    expect(known.acronymPhrase("lotr")).toBe("the lord of the rings");
    expect(known.acronymPhrase("ttt")).toBe("the two towers");
    expect(known.acronymPhrase("potc")).toBeUndefined();
    known.add("Pirates of the Caribbean: At World's End");
    expect(known.acronymPhrase("potc")).toBe("pirates of the caribbean");
  });

  it("reads no acronym into a title word, or one being typed", () => {
    const known = new TitleDictionary(["Tomb Of The Lost", "Tolt"]);
    expect(known.acronymPhrase("totl")).toBe("tomb of the lost");
    expect(known.acronymPhrase("tol")).toBeUndefined();
    expect(known.acronymPhrase("tolt")).toBeUndefined();
  });

  it("learns a title once, and stops learning at its bound", () => {
    const bounded = new TitleDictionary(["Fight Club", "FIGHT CLUB!"], { maxTitles: 2 });
    expect(bounded.size).toBe(1);
    bounded.add("Oppenheimer");
    bounded.add("Barbie");
    expect(bounded.size).toBe(2);
    expect(bounded.knows("oppenheimer")).toBe(true);
    expect(bounded.knows("barbie")).toBe(false);
  });

  it("comes back from its stored parts answering as when it learned the titles", () => {
    const titles = [...TITLES, "FIGHT CLUB!", "!!!"];
    const { dictionary: learned, parts } = TitleDictionary.learn(titles);
    expect(parts.skipped).toEqual([TITLES.length, TITLES.length + 1]);
    const restored = TitleDictionary.restore(titles, JSON.parse(JSON.stringify(parts)));
    expect(restored.size).toBe(learned.size);
    for (const text of [
      "fite club",
      "Schindlers lsit",
      "godfather part two",
      "nite of the",
      "qwxzv",
    ]) {
      expect(restored.corrections(text), text).toEqual(learned.corrections(text));
    }
  });

  it("keeps learning once restored, still once per title and within its bound", () => {
    const { parts } = TitleDictionary.learn(TITLES);
    const restored = TitleDictionary.restore(TITLES, parts, { maxTitles: TITLES.length + 1 });
    expect(restored.add("FIGHT CLUB!")).toBe(false);
    expect(restored.add("Oppenheimer")).toBe(true);
    expect(restored.add("Barbie")).toBe(false);
    expect(restored.knows("oppenheimer")).toBe(true);
    expect(restored.corrections("opennheimer")[0]?.text).toBe("oppenheimer");
    const small = TitleDictionary.restore(TITLES, parts, { maxTitles: 2 });
    expect(small.size).toBe(2);
    expect(small.knows("breakfast")).toBe(true);
    expect(small.knows("lethal")).toBe(false);
  });
});
