import { SEARCH_SORTS } from "@netflix-clone/contract";
import { describe, expect, it } from "vitest";
import {
  filtersFromParams,
  hasFilters,
  isFiltered,
  type SearchFilters,
  SORTS,
  searchUrl,
  toSearchParams,
} from "./search-filters";

const fromUrl = (query: string) => filtersFromParams(new URLSearchParams(query));

describe("filtersFromParams", () => {
  it("reads genre, year, range and sort", () => {
    expect(fromUrl("q=matrix&genre=878&year=1999&from=1990&to=1999&sort=newest")).toEqual({
      genre: 878,
      year: 1999,
      from: 1990,
      to: 1999,
      sort: "newest",
    });
  });

  it("ignores what is malformed or out of range instead of failing the page", () => {
    expect(fromUrl("genre=abc&year=99&from=1800&to=2101&sort=best")).toEqual({
      sort: "relevance",
    });
    expect(fromUrl("genre=0&year=1999.0&from=+1990")).toEqual({ sort: "relevance" });
  });

  it("puts a reversed range the right way round", () => {
    expect(fromUrl("from=2003&to=1995")).toMatchObject({ from: 1995, to: 2003 });
  });

  it("takes every sort the API takes, and offers them in the contract's order", () => {
    expect(SORTS).toEqual(SEARCH_SORTS);
    for (const sort of SORTS) expect(fromUrl(`sort=${sort}`).sort).toBe(sort);
  });
});

describe("searchUrl", () => {
  it("writes the public URL format, leaving defaults out", () => {
    expect(searchUrl("matrix", { sort: "relevance" })).toBe("/search?q=matrix");
    expect(searchUrl("matrix", { genre: 878, from: 1990, to: 1999, sort: "newest" })).toBe(
      "/search?q=matrix&genre=878&from=1990&to=1999&sort=newest",
    );
    expect(searchUrl("the godfathr", { sort: "relevance" }, { asTyped: true })).toBe(
      "/search?q=the+godfathr&correct=false",
    );
  });

  it("reads back as the same filters", () => {
    const filters: SearchFilters = { genre: 18, year: 1972, from: 1960, to: 1979, sort: "rating" };
    const url = searchUrl("godfather", filters);
    expect(filtersFromParams(new URL(url, "http://localhost").searchParams)).toEqual(filters);
  });
});

describe("isFiltered and hasFilters", () => {
  it("counts an order as a filter to clear, but not as one that leaves films out", () => {
    const sorted: SearchFilters = { sort: "rating" };
    expect(hasFilters(sorted)).toBe(true);
    expect(isFiltered(sorted)).toBe(false);
  });

  it.each<SearchFilters>([
    { genre: 878, sort: "relevance" },
    { year: 1999, sort: "relevance" },
    { from: 1990, sort: "relevance" },
    { to: 1999, sort: "relevance" },
  ])("counts %o as leaving films out", (filters) => {
    expect(isFiltered(filters)).toBe(true);
    expect(hasFilters(filters)).toBe(true);
  });

  it("finds nothing to clear in a plain search", () => {
    expect(hasFilters({ sort: "relevance" })).toBe(false);
    expect(isFiltered({ sort: "relevance" })).toBe(false);
  });
});

describe("toSearchParams", () => {
  it("asks for the text with the URL's filters, corrected unless asked as typed", () => {
    const filters: SearchFilters = { genre: 878, from: 1990, to: 1999, sort: "newest" };
    expect(toSearchParams("matrix", filters)).toEqual({
      q: "matrix",
      ...filters,
      correct: undefined,
    });
    expect(toSearchParams("lotr", filters, { asTyped: true }).correct).toBe(false);
  });
});
