import { describe, expect, it } from "vitest";
import { cleanVegaRows } from "../../../../src/catalog/offline/cleaning/pipeline.js";
import { realRows } from "../support/real-data.js";

async function imdbOf(title: string, year: number) {
  const film = cleanVegaRows(await realRows()).films.find(
    (candidate) => candidate.title === title && candidate.release?.year === year,
  );
  return film ? [film.imdbRating, film.imdbVotes] : undefined;
}

describe("IMDB figures of an obscure namesake, on the real rows", () => {
  it("clears them from box-office hits that carry a few dozen votes", async () => {
    // In the raw file: Die Hard has 237 votes, Aliens 84, Ghostbusters 358.
    expect(await imdbOf("Die Hard", 1988)).toEqual([null, null]);
    expect(await imdbOf("Aliens", 1986)).toEqual([null, null]);
    expect(await imdbOf("Ghostbusters", 1984)).toEqual([null, null]);
  });

  it("keeps plausible figures, including cult films that out-voted their box office", async () => {
    expect(await imdbOf("The Shawshank Redemption", 1994)).toEqual([9.2, 519_541]);
    expect(await imdbOf("Reservoir Dogs", 1992)).toEqual([8.4, 212_985]);
  });

  it("does not judge small releases, whose votes vary too much", async () => {
    expect(await imdbOf("Charly", 2002)).toEqual([expect.any(Number), 60]);
  });
});
