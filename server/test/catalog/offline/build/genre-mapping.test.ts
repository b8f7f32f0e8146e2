import { describe, expect, it } from "vitest";
import { MOVIE_GENRES } from "../../../../src/catalog/genres.js";
import { tmdbGenres } from "../../../../src/catalog/offline/build/genre-mapping.js";
import { realRecords, realRows, recordNamed } from "../support/real-data.js";

describe("genre mapping", () => {
  it("maps vega's genres and creative types to TMDB's names", () => {
    expect(tmdbGenres("Thriller/Suspense", null)).toEqual(["Thriller"]);
    expect(tmdbGenres("Romantic Comedy", null)).toEqual(["Comedy", "Romance"]);
    expect(tmdbGenres("Black Comedy", null)).toEqual(["Comedy"]);
    expect(tmdbGenres("Musical", null)).toEqual(["Music"]);
    expect(tmdbGenres("Action", "Science Fiction")).toEqual(["Action", "Science Fiction"]);
    expect(tmdbGenres("Adventure", "Kids Fiction")).toEqual(["Adventure", "Family"]);
    expect(tmdbGenres(null, "Fantasy")).toEqual(["Fantasy"]);
    expect(tmdbGenres(null, "Contemporary Fiction")).toEqual([]);
  });

  it("gives every real major genre at least one TMDB genre", async () => {
    const majorGenres = new Set(
      (await realRows()).map((row) => row["Major Genre"]).filter((g) => g !== null),
    );
    for (const genre of majorGenres) expect(tmdbGenres(genre, null).length).toBeGreaterThan(0);
  });

  it("only ever produces names TMDB has, without repeats", async () => {
    const names = new Set(MOVIE_GENRES.map((genre) => genre.name));
    for (const record of await realRecords()) {
      expect(record.genres.every((genre) => names.has(genre))).toBe(true);
      expect(new Set(record.genres).size).toBe(record.genres.length);
    }
  });

  it("tags real films as expected", async () => {
    const records = await realRecords();
    expect(recordNamed(records, "The Matrix", 1999).genres).toEqual(["Action", "Science Fiction"]);
  });
});
