import { describe, expect, it } from "vitest";
import { genreName } from "../../../src/catalog/genres.js";
import {
  TMDB_MAX_PAGE,
  toBrowseRow,
  toMovieSummary,
  toSearchPage,
} from "../../../src/catalog/tmdb/mapper.js";
import { listMovie, moviePage } from "./raw-tmdb.js";

describe("toMovieSummary", () => {
  it("maps a TMDB list item to our summary", () => {
    expect(toMovieSummary(listMovie(), genreName)).toEqual({
      id: 603,
      title: "The Matrix",
      year: 1999,
      releaseDate: "1999-03-31",
      overview: "A hacker wakes up.",
      posterUrl: "https://image.tmdb.org/t/p/w342/poster.jpg",
      backdropUrl: "https://image.tmdb.org/t/p/w1280/backdrop.jpg",
      posterSrcSet:
        "https://image.tmdb.org/t/p/w185/poster.jpg 185w, https://image.tmdb.org/t/p/w342/poster.jpg 342w, " +
        "https://image.tmdb.org/t/p/w500/poster.jpg 500w, https://image.tmdb.org/t/p/w780/poster.jpg 780w",
      backdropSrcSet:
        "https://image.tmdb.org/t/p/w300/backdrop.jpg 300w, https://image.tmdb.org/t/p/w780/backdrop.jpg 780w, " +
        "https://image.tmdb.org/t/p/w1280/backdrop.jpg 1280w",
      rating: 8.2,
      voteCount: 26_000,
      genres: ["Action", "Science Fiction"],
    });
  });

  it("offers no srcset for a film without images", () => {
    const summary = toMovieSummary(
      listMovie({ poster_path: null, backdrop_path: null }),
      genreName,
    );
    expect(summary).toMatchObject({ posterSrcSet: null, backdropSrcSet: null });
  });

  it('reads release_date "" as no date and no year', () => {
    const summary = toMovieSummary(listMovie({ release_date: "" }), genreName);
    expect(summary).toMatchObject({ releaseDate: null, year: null });
  });

  it("reads a date that is on no calendar as no date", () => {
    for (const date of ["2023-13-45", "2023-02-30", "1999-3-31"]) {
      const summary = toMovieSummary(listMovie({ release_date: date }), genreName);
      expect(summary, date).toMatchObject({ releaseDate: null, year: null });
    }
    expect(toMovieSummary(listMovie({ release_date: "2024-02-29" }), genreName).year).toBe(2024);
  });

  it("reads a missing or null release_date as no date", () => {
    expect(
      toMovieSummary(listMovie({ release_date: undefined }), genreName).releaseDate,
    ).toBeNull();
    expect(toMovieSummary(listMovie({ release_date: null }), genreName).year).toBeNull();
  });

  it("gives null image URLs for null paths", () => {
    const summary = toMovieSummary(
      listMovie({ poster_path: null, backdrop_path: null }),
      genreName,
    );
    expect(summary).toMatchObject({ posterUrl: null, backdropUrl: null });
  });

  it("has no rating when nobody voted, whatever vote_average says", () => {
    expect(
      toMovieSummary(listMovie({ vote_average: 0, vote_count: 0 }), genreName).rating,
    ).toBeNull();
  });

  it("rounds the rating to one decimal", () => {
    expect(toMovieSummary(listMovie({ vote_average: 7.374 }), genreName).rating).toBe(7.4);
  });

  it("names genres with the lookup it is given and drops ids nobody knows", () => {
    const lookup = (id: number) => (id === 28 ? "Acción" : undefined);
    expect(toMovieSummary(listMovie({ genre_ids: [28, 99999] }), lookup).genres).toEqual([
      "Acción",
    ]);
  });

  it("falls back to the original title when the translated one is empty", () => {
    const summary = toMovieSummary(
      listMovie({ title: "", original_title: "Le Samouraï" }),
      genreName,
    );
    expect(summary.title).toBe("Le Samouraï");
  });

  it("treats a null overview as empty", () => {
    expect(toMovieSummary(listMovie({ overview: null }), genreName).overview).toBe("");
  });
});

describe("toSearchPage", () => {
  it("carries the query and TMDB's paging", () => {
    const page = toSearchPage(
      "matrix",
      moviePage({ page: 2, total_pages: 3, total_results: 45 }),
      genreName,
    );
    expect(page).toMatchObject({ query: "matrix", page: 2, totalPages: 3, totalResults: 45 });
    expect(page.results).toHaveLength(1);
  });

  it(`clamps totalPages to ${TMDB_MAX_PAGE}, the last page TMDB will serve`, () => {
    const page = toSearchPage(
      "a",
      moviePage({ total_pages: 38_020, total_results: 760_385 }),
      genreName,
    );
    expect(page.totalPages).toBe(500);
    expect(page.totalResults).toBe(760_385);
  });

  it("filters the page by genre and leaves the totals describing the unfiltered search", () => {
    const results = [
      listMovie({ id: 1, genre_ids: [28] }),
      listMovie({ id: 2, genre_ids: [35] }),
      listMovie({ id: 3, genre_ids: [35, 18] }),
    ];
    const page = toSearchPage(
      "x",
      moviePage({ results, total_pages: 2, total_results: 23 }),
      genreName,
      { genreId: 35 },
    );
    expect(page.results.map((movie) => movie.id)).toEqual([2, 3]);
    expect(page).toMatchObject({ totalPages: 2, totalResults: 23, totalIsUpperBound: true });
  });

  it("counts exactly what the filters kept when TMDB's answer fits in one page", () => {
    const results = [
      listMovie({ id: 1, genre_ids: [28], release_date: "1999-03-31" }),
      listMovie({ id: 2, genre_ids: [35], release_date: "2003-05-15" }),
      listMovie({ id: 3, genre_ids: [35], release_date: "1985-07-03" }),
    ];
    const onePage = moviePage({ results, total_pages: 1, total_results: 3 });
    const byGenre = toSearchPage("x", onePage, genreName, { genreId: 99 });
    expect(byGenre).toMatchObject({ totalResults: 0, results: [] });
    expect(byGenre.totalIsUpperBound).toBeUndefined();
    const byYears = toSearchPage("x", onePage, genreName, { yearFrom: 1990, yearTo: 2010 });
    expect(byYears.results.map((movie) => movie.id)).toEqual([1, 2]);
    expect(byYears.totalResults).toBe(2);
  });

  it("keeps TMDB's total, as exact, for a one-year range TMDB filtered itself", () => {
    const page = toSearchPage("x", moviePage({ total_pages: 3, total_results: 47 }), genreName, {
      yearFrom: 1999,
      yearTo: 1999,
    });
    expect(page.totalResults).toBe(47);
    expect(page.totalIsUpperBound).toBeUndefined();
  });
});

describe("toBrowseRow", () => {
  it("keeps TMDB's order and shows a film TMDB listed twice only once, where it first came", () => {
    // TMDB's lists shift while being read and can name a film twice on one page.
    const page = moviePage({
      results: [
        listMovie({ id: 603, title: "The Matrix" }),
        listMovie({ id: 550, title: "Fight Club" }),
        listMovie({ id: 603, title: "The Matrix" }),
        listMovie({ id: 680, title: "Pulp Fiction" }),
      ],
    });
    const row = toBrowseRow("popular", "Popular", page, genreName);
    expect(row.id).toBe("popular");
    expect(row.title).toBe("Popular");
    expect(row.movies.map((movie) => movie.id)).toEqual([603, 550, 680]);
  });
});
