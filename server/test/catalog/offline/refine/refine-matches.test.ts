import { describe, expect, it } from "vitest";
import { refineMatches } from "../../../../src/catalog/offline/refine/refine-matches.js";
import { fakeRecord } from "../support/records.js";

/** In relevance order, as the search returns them. */
const matches = [
  fakeRecord({
    title: "Best match",
    year: 1999,
    releaseDate: "1999-03-31",
    genres: ["Action", "Science Fiction"],
    imdbRating: 7,
    popularity: 0.5,
  }),
  fakeRecord({
    title: "Second",
    year: 2003,
    releaseDate: null,
    genres: ["Drama"],
    imdbRating: 8.5,
    popularity: 0.9,
  }),
  fakeRecord({
    title: "Third",
    year: 2003,
    releaseDate: "2003-11-05",
    genres: ["Science Fiction"],
    imdbRating: null,
    popularity: 0.7,
  }),
  fakeRecord({ title: "Undated", year: null, genres: ["Drama"], imdbRating: 6, popularity: 0.1 }),
];
const titles = (query: Parameters<typeof refineMatches>[1]) =>
  refineMatches(matches, query).map((film) => film.title);

describe("refineMatches", () => {
  it("keeps relevance order when asked for nothing", () => {
    expect(titles({})).toEqual(["Best match", "Second", "Third", "Undated"]);
    expect(titles({ sort: "relevance" })).toEqual(["Best match", "Second", "Third", "Undated"]);
  });

  it("filters by an inclusive year range, open at either end, dropping unknown years", () => {
    expect(titles({ yearFrom: 2000 })).toEqual(["Second", "Third"]);
    expect(titles({ yearTo: 1999 })).toEqual(["Best match"]);
    expect(titles({ yearFrom: 1999, yearTo: 2003 })).toEqual(["Best match", "Second", "Third"]);
    expect(titles({ year: 2003 })).toEqual(["Second", "Third"]);
  });

  it("filters by genre id, and an unknown id matches nothing", () => {
    expect(titles({ genreId: 878 })).toEqual(["Best match", "Third"]);
    expect(titles({ genreId: 424242 })).toEqual([]);
  });

  it("sorts by popularity, by rating (unrated last) and by newest (a year-only date counts as January 1)", () => {
    expect(titles({ sort: "popularity" })).toEqual(["Second", "Third", "Best match", "Undated"]);
    expect(titles({ sort: "rating" })).toEqual(["Second", "Best match", "Undated", "Third"]);
    expect(titles({ sort: "newest" })).toEqual(["Third", "Second", "Best match", "Undated"]);
  });

  it("filters and sorts together", () => {
    expect(titles({ genreId: 878, sort: "newest" })).toEqual(["Third", "Best match"]);
  });

  it("keeps relevance order among films with the same rating", () => {
    const tied = ["Zulu", "Alpha", "Mike", "Bravo"].map((title) =>
      fakeRecord({ title, imdbRating: 7.5 }),
    );
    const sorted = refineMatches(tied, { sort: "rating" }).map((film) => film.title);
    expect(sorted).toEqual(["Zulu", "Alpha", "Mike", "Bravo"]);
  });
});
