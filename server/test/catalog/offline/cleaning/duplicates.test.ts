import { describe, expect, it } from "vitest";
import { mergeFilms } from "../../../../src/catalog/offline/cleaning/duplicates.js";
import type { CleanFilm } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { cleanVegaRows } from "../../../../src/catalog/offline/cleaning/pipeline.js";
import { realRows } from "../support/real-data.js";

async function cleanFilms(): Promise<CleanFilm[]> {
  return cleanVegaRows(await realRows()).films;
}

const named = (films: CleanFilm[], title: string) => films.filter((film) => film.title === title);

describe("duplicates on the real rows", () => {
  it("merges the IMAX and theatrical rows of Fantasia 2000 into one film", async () => {
    const [fantasia, ...others] = named(await cleanFilms(), "Fantasia 2000");
    expect(others).toEqual([]);
    // First release (the IMAX run), and the larger of the two box-office tallies.
    expect(fantasia?.release).toEqual({ year: 2000, month: 1, day: 1 });
    expect(fantasia?.worldwideGross).toBe(60_507_228);
  });

  it("keeps remakes: same title, different years", async () => {
    const films = await cleanFilms();
    const yearsOf = (title: string) =>
      named(films, title)
        .map((film) => film.release?.year)
        .sort();
    expect(yearsOf("King Kong")).toEqual([1933, 1976, 2005]);
    expect(yearsOf("Crash")).toEqual([1996, 2005]);
    expect(yearsOf("Ben-Hur")).toEqual([1925, 1959]);
  });

  it("leaves no two films with the same title and year", async () => {
    const keys = (await cleanFilms()).map(
      (film) => `${film.title.toLowerCase()}|${film.release?.year}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("mergeFilms", () => {
  it("fills the most complete row's gaps from the others", async () => {
    const [film] = named(await cleanFilms(), "The Matrix");
    if (!film) throw new Error("The Matrix is missing");
    const sparse: CleanFilm = { ...film, director: null, runtimeMinutes: null, budget: 1 };
    const merged = mergeFilms([sparse, { ...film, imdbVotes: null, imdbRating: null }]);
    expect(merged.director).toBe(film.director);
    expect(merged.imdbVotes).toBe(film.imdbVotes);
    expect(merged.budget).toBe(film.budget);
  });
});
