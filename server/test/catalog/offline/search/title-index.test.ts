import { beforeAll, describe, expect, it } from "vitest";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";
import { TitleIndex } from "../../../../src/catalog/offline/search/title-index.js";
import { realRecords } from "../support/real-data.js";

describe("the title index on the real catalog", () => {
  let records: CatalogRecord[];
  let index: TitleIndex;
  const titlesFor = (terms: string[], options?: { orElseAny: boolean }) => {
    const byId = new Map(records.map((record) => [record.id, record.title]));
    return [...index.match(terms, options).keys()].map((id) => byId.get(id));
  };

  beforeAll(async () => {
    records = await realRecords();
    index = new TitleIndex(records);
  });

  it("matches the word being typed as a prefix", () => {
    expect(titlesFor(["termin"])).toEqual(
      expect.arrayContaining(["The Terminator", "Terminator 2: Judgment Day"]),
    );
  });

  it("does not treat earlier, finished words as prefixes", () => {
    const allWords = { orElseAny: false };
    expect(titlesFor(["godf", "part"], allWords)).not.toContain("The Godfather: Part II");
    expect(titlesFor(["godfather", "part"], allWords)).toContain("The Godfather: Part II");
  });

  it("forgives typos in longer words", () => {
    expect(titlesFor(["matirx"])).toContain("The Matrix");
    expect(titlesFor(["godfater"])).toContain("The Godfather");
  });

  it("matches a word split in two, and words run together", () => {
    expect(titlesFor(["brave", "heart"])).toContain("Braveheart");
    expect(titlesFor(["starwars"])).toContain("Star Wars Ep. IV: A New Hope");
  });

  it("requires every word when some film has them all", () => {
    const titles = titlesFor(["toy", "story"]);
    expect(titles).toContain("Toy Story");
    expect(titles.every((title) => /\btoy\b/i.test(title ?? ""))).toBe(true);
  });

  it("falls back to any word when no film has them all", () => {
    expect(titlesFor(["zzzz", "casablanca"])).toEqual(["Casablanca"]);
  });
});
