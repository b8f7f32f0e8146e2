import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../../src/catalog/offline/build/build-catalog.js";
import { CATALOG_FORMAT } from "../../../../src/catalog/offline/catalog-record.js";
import { buildSearchIndex } from "../../../../src/catalog/offline/search/search-index.js";
import { realBuild, realRecords, realRows, recordNamed } from "../support/real-data.js";

describe("building the catalog from the real rows", () => {
  it("is deterministic: the same rows give the same catalog", async () => {
    const rows = await realRows();
    expect(JSON.stringify(buildCatalog(rows).catalog)).toBe(
      JSON.stringify((await realBuild()).catalog),
    );
  });

  it("writes the format version, one record per cleaned film, and their search index", async () => {
    const { catalog, report } = await realBuild();
    expect(catalog.format).toBe(CATALOG_FORMAT);
    expect(catalog.films).toHaveLength(report.filmsOut);
    expect(catalog.search).toEqual(buildSearchIndex(catalog.films));
  });

  it("records the cleaned facts of a film", async () => {
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect(matrix).toMatchObject({
      releaseDate: "1999-03-31",
      director: "Andy Wachowski",
      certification: "R",
      imdbRating: 8.7,
      imdbVotes: 380_934,
      revenue: 460_279_930,
      budget: 65_000_000,
      rottenTomatoes: 86,
    });
  });

  it("keeps the year of a year-only date while leaving the date unknown", async () => {
    const casablanca = recordNamed(await realRecords(), "Casablanca", 1942);
    expect(casablanca.releaseDate).toBeNull();
  });
});
