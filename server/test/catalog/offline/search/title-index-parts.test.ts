import { describe, expect, it } from "vitest";
import {
  buildTitleIndexParts,
  loadIndex,
  WORD_FIELDS,
} from "../../../../src/catalog/offline/search/title-index-parts.js";
import { analyzeTitle } from "../../../../src/catalog/titles/terms.js";
import { fakeRecord } from "../support/records.js";

const records = [
  fakeRecord({ title: "Fantasia 2000", director: "James Algar" }),
  fakeRecord({ title: "Spider-Man", director: "Sam Raimi" }),
  fakeRecord({ title: "Agent Cody Banks", director: "Harald Zwart 47" }),
];
const titles = records.map((record) => analyzeTitle(record.title));

describe("the parts of the title index", () => {
  const parts = buildTitleIndexParts(records, titles);

  it("list every title and director word once, sorted", () => {
    expect(parts.vocabulary).toEqual([...new Set(parts.vocabulary)].sort());
    expect(parts.vocabulary).toEqual(
      expect.arrayContaining(["fantasia", "spiderman", "spider", "man", "raimi", "47"]),
    );
    expect(parts.vocabulary).not.toContain("");
  });

  it("count a number as a title's only when a title has it", () => {
    expect(parts.titleNumbers).toContain("2000");
    expect(parts.titleNumbers).not.toContain("47");
  });

  it("are the same for the same titles", () => {
    expect(JSON.stringify(buildTitleIndexParts(records, titles))).toBe(JSON.stringify(parts));
  });

  it("load into an index that finds films by their words, also after a trip through JSON", () => {
    const stored = JSON.parse(JSON.stringify(parts.words));
    const ids = (found: Array<{ id: number }>) => found.map((hit) => hit.id);
    const fresh = loadIndex(parts.words, WORD_FIELDS).search("spider", { fields: WORD_FIELDS });
    const loaded = loadIndex(stored, WORD_FIELDS).search("spider", { fields: WORD_FIELDS });
    expect(ids(loaded)).toEqual([records[1]?.id]);
    expect(loaded).toEqual(fresh);
    const byDirector = loadIndex(stored, WORD_FIELDS).search("raimi", { fields: ["director"] });
    expect(ids(byDirector)).toEqual([records[1]?.id]);
  });
});
