import { describe, expect, it } from "vitest";
import { realCatalog } from "../support/real-data.js";

/** "Did you mean …" in offline mode: offered when the engine had to correct, never otherwise. */
describe("offline search suggestions", () => {
  const search = async (text: string) => (await realCatalog()).search({ text, page: 1 });

  it("offers the corrected text when a typed word is in no title, beside the forgiving results", async () => {
    const page = await search("fite club");
    expect(page.suggestions).toEqual(["fight club"]);
    expect(page.results[0]?.title).toBe("Fight Club");
    expect(page.correctedQuery).toBeUndefined();
  });

  it("keeps a typed year out of the correction and puts it back", async () => {
    expect((await search("nite of the living dead 1968")).suggestions).toEqual([
      "night of the living dead 1968",
    ]);
  });

  it("offers nothing when every word is a title word, or is being typed", async () => {
    for (const text of ["fight club", "the godf", "lethal weapon iii", "spielberg"]) {
      expect((await search(text)).suggestions, text).toBeUndefined();
    }
  });

  it("offers no correction for an acronym: it found what the letters stand for", async () => {
    const page = await search("lotr");
    expect(page.results[0]?.title).toMatch(/^The Lord of the Rings/);
    expect(page.suggestions).toBeUndefined();
  });

  it("finds nothing for keyboard noise, rather than a film whose consonants sound alike", async () => {
    for (const text of ["zzzzqx", "xkcd", "bzzt"]) {
      const page = await search(text);
      expect(page.totalResults, text).toBe(0);
      expect(page.suggestions, text).toBeUndefined();
    }
  });

  it("offers nothing it cannot stand behind", async () => {
    expect((await search("xyzzy")).totalResults).toBe(0);
    // "qwerty" is one edit from no title word; "twenty" (two) and "coward" (same sound) are too far.
    for (const text of ["xyzzy", "qwxzv plomb", "qwerty"]) {
      expect((await search(text)).suggestions, text).toBeUndefined();
    }
  });
});
