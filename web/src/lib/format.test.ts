import { describe, expect, it } from "vitest";
import {
  formatMoney,
  formatRating,
  formatReleaseDate,
  formatRuntime,
  formatVotes,
  initials,
} from "./format";

// Node carries full ICU: Intl here is the reference the hand-written date must match.
const intlDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

describe("format", () => {
  it("writes runtimes as hours and minutes", () => {
    expect(formatRuntime(136)).toBe("2h 16m");
    expect(formatRuntime(45)).toBe("45m");
    expect(formatRuntime(120)).toBe("2h");
    expect(formatRuntime(null)).toBeNull();
    expect(formatRuntime(0)).toBeNull();
  });

  it("keeps one decimal for ratings and null for unrated", () => {
    expect(formatRating(7.94)).toBe("7.9");
    expect(formatRating(8)).toBe("8.0");
    expect(formatRating(null)).toBeNull();
  });

  it("counts votes with grouping, compacting large counts", () => {
    expect(formatVotes(1)).toBe("1 vote");
    expect(formatVotes(1234)).toBe("1,234 votes");
    expect(formatVotes(1_234_567)).toBe("1.2M votes");
    expect(formatVotes(9_999)).toBe("9,999 votes");
    expect(formatVotes(10_000)).toBe("10K votes");
  });

  it("writes money compactly and hides unknown amounts", () => {
    expect(formatMoney(63_000_000)).toBe("$63M");
    expect(formatMoney(463_517_383)).toBe("$463.5M");
    expect(formatMoney(999_949_999)).toBe("$999.9M");
    expect(formatMoney(999_950_000)).toBe("$1B");
    expect(formatMoney(1_022_345_358)).toBe("$1.02B");
    expect(formatMoney(2_799_999_999)).toBe("$2.8B");
    expect(formatMoney(2_923_706_026)).toBe("$2.92B");
    expect(formatMoney(null)).toBeNull();
    expect(formatMoney(0)).toBeNull();
  });

  it("writes release dates as Intl's en-US long style", () => {
    for (let day = 0; day < 366 * 3; day += 7) {
      const date = new Date(Date.UTC(1998, 0, 1 + day));
      expect(formatReleaseDate(date.toISOString().slice(0, 10))).toBe(intlDate.format(date));
    }
    expect(formatReleaseDate("1999-03-31")).toBe("March 31, 1999");
  });

  it("keeps a release date's day in a time zone east of UTC", () => {
    // The test setup runs in UTC+14 (Pacific/Kiritimati).
    expect(new Date(2000, 0, 1).getTimezoneOffset()).toBe(-14 * 60);
    expect(formatReleaseDate("2000-01-01")).toBe("January 1, 2000");
    expect(formatReleaseDate("1999-12-31")).toBe("December 31, 1999");
  });

  it("has no release date for an absent or malformed one", () => {
    expect(formatReleaseDate(null)).toBeNull();
    expect(formatReleaseDate("")).toBeNull();
    expect(formatReleaseDate("1999-13-45")).toBeNull();
  });

  it("takes initials from the first and last names", () => {
    expect(initials("Keanu Reeves")).toBe("KR");
    expect(initials("Carrie-Anne Moss")).toBe("CM");
    expect(initials("Hugo  Weaving ")).toBe("HW");
    expect(initials("Madonna")).toBe("M");
  });
});
