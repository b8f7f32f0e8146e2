import { beforeAll, describe, expect, it } from "vitest";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";
import { FilmSearch } from "../../../../src/catalog/offline/search/film-search.js";
import {
  buildSearchIndex,
  type SearchIndex,
} from "../../../../src/catalog/offline/search/search-index.js";
import { titleKey } from "../../../../src/catalog/titles/text/fold.js";
import { EVALUATION_QUERIES } from "../search-evaluation.queries.js";
import { realRecords } from "../support/real-data.js";

describe("the search index the build stores", () => {
  let records: CatalogRecord[];
  let index: SearchIndex;

  beforeAll(async () => {
    records = await realRecords();
    index = buildSearchIndex(records);
  });

  it("keeps what ranking and the dictionary need of each title, in catalog order", () => {
    expect(index.titles).toHaveLength(records.length);
    const at = records.findIndex(
      (record) => record.title === "Star Trek III: The Search for Spock",
    );
    expect(index.titles[at]).toEqual({
      words: ["star", "trek", "iii", "the", "search", "for", "spock"],
      canonical: ["star", "trek", "3", "the", "search", "for", "spock"],
    });
  });

  it("knows title and director words, and which numbers are a title's", () => {
    const { vocabulary, titleNumbers } = index.index;
    expect(vocabulary).toEqual(expect.arrayContaining(["matrix", "wachowski", "godfather"]));
    expect(vocabulary).toEqual([...vocabulary].sort());
    expect(titleNumbers).toEqual(expect.arrayContaining(["2000", "1941"]));
    expect(titleNumbers.every((term) => /^\d+$/.test(term))).toBe(true);
  });

  it("stores the spelling dictionary's words sorted, and the titles it leaves out", () => {
    const { words, skipped } = index.dictionary;
    const sorted = words.map(([word]) => word);
    expect(sorted).toEqual([...sorted].sort());
    expect(new Set(sorted).size).toBe(sorted.length);
    // A title another film already has (two films called "Crash") is learned once.
    const key = (at: number) => titleKey(records[at]?.title ?? "");
    expect(skipped.length).toBeGreaterThan(0);
    for (const at of skipped) {
      expect(records.slice(0, at).some((_, earlier) => key(earlier) === key(at))).toBe(true);
    }
  });

  it("answers every evaluation query alike after a trip through JSON, as the catalog file holds it", () => {
    const stored = JSON.parse(JSON.stringify(index)) as SearchIndex;
    const fresh = new FilmSearch(records, index);
    const loaded = new FilmSearch(records, stored);
    const answer = (search: FilmSearch, text: string) => {
      const { films, suggestions } = search.search(text);
      return { ids: films.map((film) => film.id), suggestions };
    };
    for (const { query } of EVALUATION_QUERIES) {
      expect(answer(loaded, query), query).toEqual(answer(fresh, query));
    }
    // Words typed by ear go through the stored sound table and dictionary.
    expect(answer(loaded, "fite club")).toEqual(answer(fresh, "fite club"));
    expect(answer(loaded, "fite club").suggestions).toContain("fight club");
  });
});
