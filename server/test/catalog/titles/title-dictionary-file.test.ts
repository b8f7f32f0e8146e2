import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/catalog/offline/search/search-index.js";
import { TitleDictionary } from "../../../src/catalog/titles/title-dictionary.js";
import { readTitleDictionary } from "../../../src/catalog/titles/title-dictionary-file.js";
import { fakeRecord } from "../offline/support/records.js";

const TITLES = ["Fight Club", "Lethal Weapon 3", "FIGHT CLUB!", "Toy Story"];

describe("the title dictionary of a catalog file", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "title-dictionary-file-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const learned = new TitleDictionary(TITLES);
  const answers = (dictionary: TitleDictionary) =>
    ["fite club", "lethal weapon iii", "toy storry"].map((text) => dictionary.corrections(text));

  it("is restored from the parts the build stored", async () => {
    const films = TITLES.map((title, i) => fakeRecord({ id: i + 1, title }));
    const file = join(folder, "built.json");
    await writeFile(file, JSON.stringify({ format: 3, films, search: buildSearchIndex(films) }));
    const restored = await readTitleDictionary(file);
    expect(restored.size).toBe(3);
    expect(answers(restored)).toEqual(answers(learned));
  });

  it("is learned from the titles of a file without them, within the bound", async () => {
    const file = join(folder, "titles-only.json");
    await writeFile(file, JSON.stringify({ films: TITLES.map((title) => ({ title })) }));
    expect(answers(await readTitleDictionary(file))).toEqual(answers(learned));
    expect((await readTitleDictionary(file, { maxTitles: 1 })).size).toBe(1);
  });

  it("fails on a missing file", async () => {
    await expect(readTitleDictionary(join(folder, "absent.json"))).rejects.toThrow(/ENOENT/);
  });
});
