import { describe, expect, it } from "vitest";
import { parseVegaRows } from "../../../../src/catalog/offline/cleaning/vega-row.js";
import { realRows } from "../support/real-data.js";

describe("parseVegaRows", () => {
  it("accepts the real file: 3,201 rows", async () => {
    expect(await realRows()).toHaveLength(3201);
  });

  it("fails loudly when the upstream shape changes", () => {
    expect(() => parseVegaRows({ rows: [] })).toThrow(/array/);
    expect(() => parseVegaRows([{ Title: "Heat", "IMDB Rating": "8.2" }])).toThrow(/IMDB Rating/);
    expect(() => parseVegaRows([{ Title: { text: "Heat" } }])).toThrow(/Title/);
  });

  it("reads absent columns as null", () => {
    const [row] = parseVegaRows([{ Title: "Heat" }]);
    expect(row?.Director).toBeNull();
    expect(row?.["IMDB Votes"]).toBeNull();
  });
});
