import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../../src/catalog/offline/build/build-catalog.js";
import { assertUniqueIds, filmId } from "../../../../src/catalog/offline/build/film-id.js";
import { realRecords, realRows, recordNamed } from "../support/real-data.js";

describe("film ids", () => {
  it("are positive 32-bit integers, unique across the real catalog", async () => {
    const ids = (await realRecords()).map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(Number.isInteger(id) && id > 0 && id <= 2_147_483_647).toBe(true);
    }
  });

  it("never change for a film: shared /movie/:id links depend on these values", () => {
    // Pinned on purpose. If this fails, every link anyone has shared breaks.
    expect(filmId("The Matrix", 1999)).toBe(1_627_941_464);
    expect(filmId("King Kong", 1933)).toBe(796_149_228);
    expect(filmId("300", 2007)).toBe(1_186_100_814);
  });

  it("tell remakes apart and ignore case, accents and punctuation", () => {
    expect(filmId("King Kong", 1976)).not.toBe(filmId("King Kong", 2005));
    expect(filmId("Léon", 1994)).toBe(filmId("leon", 1994));
    expect(filmId("Spider-Man", 2002)).toBe(filmId("Spider Man", 2002));
  });

  it("do not depend on row order", async () => {
    const rows = await realRows();
    const reversed = buildCatalog([...rows].reverse()).catalog.films;
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect(recordNamed(reversed, "The Matrix", 1999).id).toBe(matrix.id);
  });

  it("refuse to build a catalog where two films collide", () => {
    const films = [
      { id: 7, title: "Heat", year: 1995 },
      { id: 7, title: "Cold", year: 1995 },
    ];
    expect(() => assertUniqueIds(films)).toThrow(/Heat.*Cold/);
  });
});
