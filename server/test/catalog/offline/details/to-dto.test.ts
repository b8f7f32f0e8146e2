import { describe, expect, it } from "vitest";
import { toDetails, toSummary } from "../../../../src/catalog/offline/details/to-dto.js";
import { realRecords, recordNamed } from "../support/real-data.js";
import { fakeRecord } from "../support/records.js";

describe("mapping records to the public DTOs", () => {
  it("builds a summary with our artwork URLs and the IMDB rating", async () => {
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect(toSummary(matrix)).toMatchObject({
      id: matrix.id,
      title: "The Matrix",
      year: 1999,
      releaseDate: "1999-03-31",
      posterUrl: `/api/posters/${matrix.id}.svg`,
      backdropUrl: `/api/backdrops/${matrix.id}.svg`,
      rating: 8.7,
      voteCount: 380_934,
      genres: ["Action", "Science Fiction"],
    });
  });

  it("builds details with what the data has, and empty values for what it has not", async () => {
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect(toDetails(matrix, [])).toMatchObject({
      tagline: "",
      runtime: 136,
      directors: ["Andy Wachowski"],
      cast: [],
      trailer: null,
      certification: "R",
      budget: 65_000_000,
      revenue: 460_279_930,
      source: "offline",
      externalRatings: [
        { source: "Rotten Tomatoes", value: "86%" },
        { source: "IMDb", value: "8.7/10" },
      ],
    });
  });

  it("writes whole IMDB ratings with one decimal, and reports no votes as zero", () => {
    const record = fakeRecord({ title: "Round", imdbRating: 9, imdbVotes: 10 });
    expect(toDetails(record, []).externalRatings).toEqual([{ source: "IMDb", value: "9.0/10" }]);
    expect(toSummary(fakeRecord({ title: "Unrated" }))).toMatchObject({
      rating: null,
      voteCount: 0,
    });
  });

  it("lists no directors, not an empty name, when the director is unknown", () => {
    const record = fakeRecord({ title: "Unsigned", director: null });
    expect(toDetails(record, []).directors).toEqual([]);
  });

  it("does not share the record's genre list with callers", () => {
    const record = fakeRecord({ title: "Shared", genres: ["Drama"] });
    toSummary(record).genres.push("Horror");
    expect(record.genres).toEqual(["Drama"]);
  });
});
