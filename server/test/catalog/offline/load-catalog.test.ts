import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CatalogFile,
  DEFAULT_CATALOG_FILE,
  loadOfflineCatalog,
} from "../../../src/catalog/offline/index.js";
import { buildSearchIndex } from "../../../src/catalog/offline/search/search-index.js";
import { realBuild, realRecords, recordNamed } from "./support/real-data.js";

describe("loading the catalog file", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "offline-catalog-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("round-trips a built catalog through a file, and searches with the index stored in it", async () => {
    const file = join(dir, "catalog.json");
    await writeFile(file, JSON.stringify((await realBuild()).catalog));
    const catalog = await loadOfflineCatalog(file);
    expect(catalog.size).toBe((await realRecords()).length);
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect((await catalog.getMovie(matrix.id)).title).toBe("The Matrix");
    const found = await catalog.search({ text: "matirx", page: 1 });
    expect(found.results[0]?.id).toBe(matrix.id);
  });

  it("refuses a file whose search index is not its films'", async () => {
    const { catalog } = await realBuild();
    const file = join(dir, "mismatched.json");
    const search = { ...catalog.search, titles: catalog.search.titles.slice(1) };
    await writeFile(file, JSON.stringify({ ...catalog, search }));
    await expect(loadOfflineCatalog(file)).rejects.toThrow(/rebuild it/);
    await writeFile(file, JSON.stringify({ ...catalog, search: undefined }));
    await expect(loadOfflineCatalog(file)).rejects.toThrow(/rebuild it/);
    const noDictionary = { ...catalog.search, dictionary: undefined };
    await writeFile(file, JSON.stringify({ ...catalog, search: noDictionary }));
    await expect(loadOfflineCatalog(file)).rejects.toThrow(/rebuild it/);
  });

  it("says how to build the file when it is missing", async () => {
    await expect(loadOfflineCatalog(join(dir, "absent.json"))).rejects.toThrow(
      /npm run build -w server/,
    );
  });

  it("refuses a file of another format", async () => {
    const file = join(dir, "old.json");
    await writeFile(file, JSON.stringify({ format: 0, films: [] }));
    await expect(loadOfflineCatalog(file)).rejects.toThrow(/format/);
  });

  it("points at server/data/catalog.json by default", () => {
    expect(DEFAULT_CATALOG_FILE.endsWith(join("server", "data", "catalog.json"))).toBe(true);
  });

  it("finds there, once built, the search index this code builds from its films", async () => {
    // The server searches with the stored index: after a change to search/ or text/, it must be rebuilt.
    const built = JSON.parse(await readFile(DEFAULT_CATALOG_FILE, "utf8")) as CatalogFile;
    const current = JSON.stringify(buildSearchIndex(built.films));
    const stale = JSON.stringify(built.search) !== current;
    expect(stale, `${DEFAULT_CATALOG_FILE} is stale: run "npm run build -w server"`).toBe(false);
  });
});
