import { describe, expect, it } from "vitest";
import { cleanVegaRows } from "../../../../src/catalog/offline/cleaning/pipeline.js";
import { realRows } from "../support/real-data.js";

describe("the cleaning pipeline on the real rows", () => {
  it("accounts for every row: films out = rows in - dropped - merged", async () => {
    const { films, report } = cleanVegaRows(await realRows());
    expect(report.rowsIn).toBe(3201);
    expect(report.dropped).toBe(1);
    expect(report.merged).toBe(1);
    expect(report.filmsOut).toBe(films.length);
    expect(films.length).toBe(report.rowsIn - report.dropped - report.merged);
  });

  it("reports how many rows each repair changed", async () => {
    const { report } = cleanVegaRows(await realRows());
    expect(report.repairs).toMatchObject({
      "numeric title": 9,
      mojibake: 18,
      "two-digit year": 22,
      "trailing article": 4,
      "placeholder text": 3,
      whitespace: 2,
    });
  });

  it("is deterministic", async () => {
    const rows = await realRows();
    expect(cleanVegaRows(rows)).toEqual(cleanVegaRows(rows));
  });

  it("does not modify its input rows", async () => {
    const rows = await realRows();
    const before = JSON.stringify(rows);
    cleanVegaRows(rows);
    expect(JSON.stringify(rows)).toBe(before);
  });
});
