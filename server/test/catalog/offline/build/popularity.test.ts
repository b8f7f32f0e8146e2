import { describe, expect, it } from "vitest";
import {
  popularityScale,
  votesAtPopularity,
} from "../../../../src/catalog/offline/build/popularity.js";
import { cleanVegaRows } from "../../../../src/catalog/offline/cleaning/pipeline.js";
import { realRecords, realRows, recordNamed } from "../support/real-data.js";

describe("popularity", () => {
  it("is 0..1, with the most voted film at 1", async () => {
    const records = await realRecords();
    const values = records.map((record) => record.popularity);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBe(1);
    expect(recordNamed(records, "The Shawshank Redemption", 1994).popularity).toBe(1);
  });

  it("grows with votes, on a log scale", async () => {
    const { films } = cleanVegaRows(await realRows());
    const popularityOf = popularityScale(films);
    const [film] = films.filter((candidate) => candidate.title === "The Matrix");
    if (!film) throw new Error("The Matrix is missing");
    const at = (votes: number) => popularityOf({ ...film, imdbVotes: votes });
    expect(at(1_000)).toBeLessThan(at(10_000));
    expect(at(10_000) - at(1_000)).toBeCloseTo(at(100_000) - at(10_000), 2);
  });

  it("estimates films without votes from their gross (Star Wars has no usable votes)", async () => {
    const records = await realRecords();
    const starWars = recordNamed(records, "Star Wars Ep. IV: A New Hope", 1977);
    expect(starWars.imdbVotes).toBeNull();
    const median =
      records.map((record) => record.popularity).sort((a, b) => a - b)[
        Math.floor(records.length / 2)
      ] ?? 0;
    expect(starWars.popularity).toBeGreaterThan(median);
  });

  it("reads the votes back from a popularity, to within the scale's rounding", async () => {
    const records = await realRecords();
    const shawshank = recordNamed(records, "The Shawshank Redemption", 1994);
    const known = { popularity: shawshank.popularity, votes: shawshank.imdbVotes ?? 0 };
    for (const [title, year] of [
      ["The Matrix", 1999],
      ["Batman Forever", 1995],
    ] as const) {
      const film = recordNamed(records, title, year);
      const votes = film.imdbVotes ?? 0;
      // Three decimals of popularity are about ±1 % of the votes.
      expect(Math.abs(votesAtPopularity(film.popularity, known) - votes) / votes).toBeLessThan(
        0.02,
      );
    }
  });
});
