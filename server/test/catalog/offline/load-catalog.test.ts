import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CATALOG_FILE, loadOfflineCatalog } from "../../../src/catalog/offline/index.js";
import { realBuild, realRecords, recordNamed } from "./support/real-data.js";

describe("loading the catalog file", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "offline-catalog-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("round-trips a built catalog through a file", async () => {
    const file = join(dir, "catalog.json");
    await writeFile(file, JSON.stringify((await realBuild()).catalog));
    const catalog = await loadOfflineCatalog(file);
    expect(catalog.size).toBe((await realRecords()).length);
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect((await catalog.getMovie(matrix.id)).title).toBe("The Matrix");
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
});
