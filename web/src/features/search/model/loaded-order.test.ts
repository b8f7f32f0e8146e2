import { describe, expect, it } from "vitest";
import type { MovieSummary } from "../../../lib/api-types";
import { movieSummary } from "../../../testing/fixtures";
import { inLoadedOrder } from "./loaded-order";

const titles = (movies: MovieSummary[]) => movies.map((m) => m.title);

// As TMDB mode sends them: page 1 sorted on its own, then page 2 sorted on its own.
const pageOne = [
  movieSummary({
    id: 1,
    title: "GoodFellas",
    rating: 8.5,
    voteCount: 12_000,
    releaseDate: "1990-09-12",
    year: 1990,
  }),
  movieSummary({
    id: 2,
    title: "Titanic",
    rating: 7.9,
    voteCount: 25_000,
    releaseDate: "1997-11-18",
    year: 1997,
  }),
];
const pageTwo = [
  movieSummary({
    id: 3,
    title: "La Haine",
    rating: 8.0,
    voteCount: 2_500,
    releaseDate: "1995-05-31",
    year: 1995,
  }),
  movieSummary({
    id: 4,
    title: "Unrated",
    rating: null,
    voteCount: 0,
    releaseDate: null,
    year: null,
  }),
];
const loaded = [...pageOne, ...pageTwo];

describe("inLoadedOrder", () => {
  it("sorts by rating across pages, unrated films last", () => {
    expect(titles(inLoadedOrder(loaded, "rating"))).toEqual([
      "GoodFellas",
      "La Haine",
      "Titanic",
      "Unrated",
    ]);
  });

  it("puts the better-attested of two equal ratings first, else keeps the API's order", () => {
    const equal = [
      movieSummary({ id: 1, title: "Few votes", rating: 7.5, voteCount: 40 }),
      movieSummary({ id: 2, title: "Many votes", rating: 7.5, voteCount: 9_000 }),
      movieSummary({ id: 3, title: "Many votes too", rating: 7.5, voteCount: 9_000 }),
    ];
    expect(titles(inLoadedOrder(equal, "rating"))).toEqual([
      "Many votes",
      "Many votes too",
      "Few votes",
    ]);
  });

  it("sorts newest first across pages, undated films last", () => {
    expect(titles(inLoadedOrder(loaded, "newest"))).toEqual([
      "Titanic",
      "La Haine",
      "GoodFellas",
      "Unrated",
    ]);
  });

  it("dates a film known only by its year from that year's first day, as the API does", () => {
    const films = [
      movieSummary({ id: 1, title: "Spring 2011", releaseDate: "2011-04-01", year: 2011 }),
      movieSummary({ id: 2, title: "Only 2012", releaseDate: null, year: 2012 }),
      movieSummary({ id: 3, title: "Spring 2012", releaseDate: "2012-04-01", year: 2012 }),
    ];
    expect(titles(inLoadedOrder(films, "newest"))).toEqual([
      "Spring 2012",
      "Only 2012",
      "Spring 2011",
    ]);
  });

  it("keeps films of the same date in the API's order", () => {
    const films = [
      movieSummary({ id: 1, title: "First", releaseDate: "2001-01-01" }),
      movieSummary({ id: 2, title: "Second", releaseDate: "2001-01-01" }),
    ];
    expect(titles(inLoadedOrder(films, "newest"))).toEqual(["First", "Second"]);
  });

  it("keeps the API's order for relevance and popularity", () => {
    expect(titles(inLoadedOrder(loaded, "relevance"))).toEqual(titles(loaded));
    expect(titles(inLoadedOrder(loaded, "popularity"))).toEqual(titles(loaded));
  });
});
