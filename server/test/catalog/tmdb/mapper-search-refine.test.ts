import { describe, expect, it } from "vitest";
import { genreName } from "../../../src/catalog/genres.js";
import { type PageRefinement, toSearchPage } from "../../../src/catalog/tmdb/mapper.js";
import { listMovie, moviePage } from "./raw-tmdb.js";

/** TMDB's relevance order. */
const results = [
  listMovie({ id: 1, release_date: "1999-03-31", popularity: 10, vote_average: 7, vote_count: 50 }),
  listMovie({ id: 2, release_date: "2003-05-15", popularity: 90, vote_average: 8, vote_count: 90 }),
  listMovie({ id: 3, release_date: "", popularity: 50, vote_average: 9, vote_count: 0 }),
  listMovie({ id: 4, release_date: "2021-12-16", popularity: 70, vote_average: 6, vote_count: 10 }),
];
const ids = (refine: PageRefinement) =>
  toSearchPage(
    "x",
    moviePage({ results, total_results: 44, total_pages: 3 }),
    genreName,
    refine,
  ).results.map((movie) => movie.id);

describe("toSearchPage: what TMDB search can't do, done on the page it sent", () => {
  it("keeps TMDB's relevance order by default", () => {
    expect(ids({})).toEqual([1, 2, 3, 4]);
  });

  it("sorts the page by popularity, rating (unrated last) and newest (undated last)", () => {
    expect(ids({ sort: "popularity" })).toEqual([2, 4, 3, 1]);
    expect(ids({ sort: "rating" })).toEqual([2, 1, 4, 3]);
    expect(ids({ sort: "newest" })).toEqual([4, 2, 1, 3]);
  });

  it("filters the page by a year range, dropping undated films, and keeps TMDB's totals", () => {
    const page = toSearchPage(
      "x",
      moviePage({ results, total_results: 44, total_pages: 3 }),
      genreName,
      {
        yearFrom: 2000,
      },
    );
    expect(page.results.map((movie) => movie.id)).toEqual([2, 4]);
    expect(page).toMatchObject({ totalResults: 44, totalPages: 3 });
    expect(ids({ yearTo: 2003 })).toEqual([1, 2]);
    expect(ids({ yearFrom: 1999, yearTo: 1999 })).toEqual([1]);
  });

  it("reads a date on no calendar as no date, as the film's summary shows it", () => {
    const misdated = listMovie({ id: 5, release_date: "2023-13-45", popularity: 1 });
    const page = (refine: PageRefinement) =>
      toSearchPage("x", moviePage({ results: [...results, misdated] }), genreName, refine);
    expect(page({}).results.find((movie) => movie.id === 5)?.year).toBeNull();
    expect(page({ yearFrom: 2020 }).results.map((movie) => movie.id)).toEqual([4]);
    expect(page({ sort: "newest" }).results.map((movie) => movie.id)).toEqual([4, 2, 1, 3, 5]);
  });
});
