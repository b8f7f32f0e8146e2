import { describe, expect, it } from "vitest";
import { formatDollars } from "../../../../src/catalog/offline/details/money.js";
import { overviewOf } from "../../../../src/catalog/offline/details/overview.js";
import { realRecords, recordNamed } from "../support/real-data.js";
import { fakeRecord } from "../support/records.js";

describe("overview sentences", () => {
  it("states genre, year, director and story source", async () => {
    const shawshank = recordNamed(await realRecords(), "The Shawshank Redemption", 1994);
    expect(overviewOf(shawshank)).toBe(
      "A 1994 period drama directed by Frank Darabont, based on a book or story. Released by Sony Pictures; it grossed $28.2 million worldwide.",
    );
  });

  it("adds the creative type when it says something", async () => {
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect(overviewOf(matrix)).toMatch(
      /^A 1999 science-fiction action film directed by Andy Wachowski, from an original screenplay\./,
    );
  });

  it("says only what is known, with the right article", () => {
    expect(overviewOf(fakeRecord({ title: "Nameless", year: null }))).toBe("A film.");
    expect(overviewOf(fakeRecord({ title: "Boom", year: null, majorGenre: "Action" }))).toBe(
      "An action film.",
    );
    expect(overviewOf(fakeRecord({ title: "Cash", year: 1990, revenue: 1_234_567 }))).toBe(
      "A 1990 film. It grossed $1.23 million worldwide.",
    );
    expect(overviewOf(fakeRecord({ title: "Boxed", year: 1990, distributor: "Fox" }))).toBe(
      "A 1990 film. Released by Fox.",
    );
  });

  it("never invents plot: every real overview is built only from the record's facts", async () => {
    for (const record of await realRecords()) {
      const text = overviewOf(record);
      expect(text).toMatch(/^An? /);
      expect(text).not.toContain("undefined");
      expect(text).not.toContain("null");
    }
  });
});

describe("dollar amounts", () => {
  it("reads like box-office reporting", () => {
    expect(formatDollars(460_279_930)).toBe("$460 million");
    expect(formatDollars(2_767_891_499)).toBe("$2.77 billion");
    expect(formatDollars(72_544)).toBe("$72,544");
  });

  it("moves to billions once the figure rounds to a thousand million", () => {
    expect(formatDollars(999_400_000)).toBe("$999 million");
    expect(formatDollars(999_600_000)).toBe("$1 billion");
    expect(formatDollars(1e9)).toBe("$1 billion");
  });
});
