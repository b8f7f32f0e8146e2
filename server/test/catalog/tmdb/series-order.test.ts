import { describe, expect, it } from "vitest";
import type { MovieSummary, SearchPage } from "../../../src/catalog/movie.js";
import { withNthOfSeriesFirst } from "../../../src/catalog/tmdb/series-order.js";

/**
 * TMDB's answer to a series' name, as its relevance ranks it: the n-th film
 * by release goes first for "lotr 3".
 */
const lordOfTheRings = page([
  film("The Lord of the Rings: The Fellowship of the Ring", "2001-12-18", 25_600),
  film("The Lord of the Rings: The Return of the King", "2003-12-17", 24_300),
  film("The Lord of the Rings", "1978-11-15", 1_000),
  film("The Lord of the Rings: The Two Towers", "2002-12-18", 21_900),
  film("The Hunt for Gollum", "2009-05-03", 90),
  film("The Lord of the Rings: The War of the Rohirrim", "2024-12-05", 600),
]);

const titles = (answer: SearchPage) => answer.results.map((movie) => movie.title);

describe("the n-th film of a series first", () => {
  it("orders the series' well-known films by release, leaving side pieces out of the count", () => {
    expect(titles(withNthOfSeriesFirst(lordOfTheRings, "the lord of the rings", 1))[0]).toBe(
      "The Lord of the Rings: The Fellowship of the Ring",
    );
    expect(titles(withNthOfSeriesFirst(lordOfTheRings, "the lord of the rings", 2))[0]).toBe(
      "The Lord of the Rings: The Two Towers",
    );
    expect(titles(withNthOfSeriesFirst(lordOfTheRings, "the lord of the rings", 3))[0]).toBe(
      "The Lord of the Rings: The Return of the King",
    );
  });

  it("keeps every film of the page, once, in TMDB's order after the first", () => {
    const ordered = withNthOfSeriesFirst(lordOfTheRings, "the lord of the rings", 2);
    expect(titles(ordered)).toEqual([
      "The Lord of the Rings: The Two Towers",
      "The Lord of the Rings: The Fellowship of the Ring",
      "The Lord of the Rings: The Return of the King",
      "The Lord of the Rings",
      "The Hunt for Gollum",
      "The Lord of the Rings: The War of the Rohirrim",
    ]);
    expect(ordered.totalResults).toBe(lordOfTheRings.totalResults);
  });

  it("counts only films whose title starts with the series' name, and with a date", () => {
    const answer = page([
      film("Harry Potter and the Chamber of Secrets", "2002-11-13", 22_000),
      film("Harry Potter and the Philosopher's Stone", null, 28_000),
      film("The Making of Harry Potter", "2001-07-01", 19_000),
      film("Harry Potter and the Prisoner of Azkaban", "2004-05-31", 21_000),
    ]);
    expect(titles(withNthOfSeriesFirst(answer, "harry potter", 2))[0]).toBe(
      "Harry Potter and the Prisoner of Azkaban",
    );
  });

  it("leaves the page as TMDB ranked it when the series has fewer films on it", () => {
    expect(withNthOfSeriesFirst(lordOfTheRings, "the lord of the rings", 4)).toBe(lordOfTheRings);
    expect(withNthOfSeriesFirst(lordOfTheRings, "pirates of the caribbean", 1)).toBe(
      lordOfTheRings,
    );
  });
});

function page(results: MovieSummary[]): SearchPage {
  return { query: "", page: 1, totalPages: 1, totalResults: results.length, results };
}

function film(title: string, releaseDate: string | null, voteCount: number): MovieSummary {
  return {
    id: title.length * 1000 + voteCount,
    title,
    year: releaseDate ? Number(releaseDate.slice(0, 4)) : null,
    releaseDate,
    overview: "",
    posterUrl: null,
    backdropUrl: null,
    rating: null,
    voteCount,
    genres: [],
  };
}
