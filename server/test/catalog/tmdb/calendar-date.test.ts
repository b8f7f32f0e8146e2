import { describe, expect, it } from "vitest";
import { calendarDate, releaseYear } from "../../../src/catalog/tmdb/calendar-date.js";

describe("TMDB's release_date read as a day on the calendar", () => {
  it("keeps a real day, leap days included", () => {
    expect(calendarDate("1999-03-31")).toBe("1999-03-31");
    expect(calendarDate("2024-02-29")).toBe("2024-02-29");
    expect(releaseYear("1999-03-31")).toBe(1999);
  });

  it("reads TMDB's empty date, other shapes and days no calendar has as no date", () => {
    for (const text of ["", "1999", "1999-3-31", "2023-13-45", "2023-02-29", "1999-04-31"]) {
      expect(calendarDate(text), text).toBeNull();
      expect(releaseYear(text), text).toBeNull();
    }
  });
});
