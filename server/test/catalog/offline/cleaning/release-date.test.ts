import { describe, expect, it } from "vitest";
import { isoDate, parseVegaDate } from "../../../../src/catalog/offline/cleaning/release-date.js";
import { realRows } from "../support/real-data.js";

describe("release dates", () => {
  it('parses vega\'s "Jun 12 1998"', () => {
    expect(parseVegaDate("Jun 12 1998")).toEqual({ year: 1998, month: 6, day: 12 });
  });

  it("rejects what is not a calendar date", () => {
    for (const text of ["Feb 30 1998", "Foo 12 1998", "1998-06-12", "", null]) {
      expect(parseVegaDate(text)).toBeNull();
    }
  });

  it("parses every date in the real file", async () => {
    const unparsed = (await realRows()).filter(
      (row) => parseVegaDate(row["Release Date"]) === null,
    );
    expect(unparsed).toEqual([]);
  });

  it("writes ISO dates, and null when only the year is known", () => {
    expect(isoDate({ year: 1999, month: 3, day: 5 })).toBe("1999-03-05");
    expect(isoDate({ year: 1942, month: null, day: null })).toBeNull();
  });
});
