import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp, buildTmdbApp, type TmdbTestApp } from "../../support/test-apps.js";

interface SearchBody {
  totalResults: number;
  results: Array<{ id: number; title: string; year: number | null; rating: number | null }>;
}

describe("GET /api/search filters and sort (offline catalog)", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
  });
  afterAll(() => app.close());

  const search = async (query: string) => {
    const response = await app.inject({ method: "GET", url: `/api/search?${query}` });
    return { status: response.statusCode, body: response.json() as SearchBody };
  };

  it("keeps only films in the year range, with exact totals", async () => {
    const all = await search("q=star");
    const { body } = await search("q=star&yearFrom=1980&yearTo=1989");
    expect(body.results.length).toBeGreaterThan(0);
    for (const movie of body.results) expect(movie.year).toBeGreaterThanOrEqual(1980);
    for (const movie of body.results) expect(movie.year).toBeLessThanOrEqual(1989);
    expect(body.totalResults).toBeLessThan(all.body.totalResults);
  });

  it("sorts the whole match set by newest and by rating", async () => {
    const newest = (await search("q=star&sort=newest")).body.results.map((m) => m.year ?? 0);
    expect(newest).toEqual(newest.toSorted((a, b) => b - a));
    const rated = (await search("q=star&sort=rating")).body.results.map((m) => m.rating ?? -1);
    expect(rated).toEqual(rated.toSorted((a, b) => b - a));
  });

  it.each([
    ["sort=best", /sort must be one of relevance, popularity, rating, newest/],
    ["yearFrom=2005&yearTo=1990", /yearFrom must not be after yearTo/],
    ["yearTo=12", /yearTo must be a whole number/],
  ])("refuses %s with a 400 that says why", async (query, message) => {
    const response = await app.inject({ method: "GET", url: `/api/search?q=star&${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });
});

describe("GET /api/search filters and sort (TMDB catalog)", () => {
  let tmdb: TmdbTestApp;
  beforeAll(async () => {
    tmdb = await buildTmdbApp({ serverToken: "search-filters-token" });
  });
  afterAll(() => tmdb.close());

  it("passes a one-year range to TMDB and re-sorts the page it sent", async () => {
    const response = await tmdb.app.inject({
      method: "GET",
      url: "/api/search?q=king%20kong&sort=newest",
    });
    const years = (response.json() as SearchBody).results.map((movie) => movie.year ?? 0);
    expect(years).toEqual(years.toSorted((a, b) => b - a));

    tmdb.tmdb.requests.length = 0;
    await tmdb.app.inject({
      method: "GET",
      url: "/api/search?q=king%20kong&yearFrom=2005&yearTo=2005",
    });
    const sent = tmdb.tmdb.requests.find((request) => request.path === "/3/search/movie");
    expect(sent?.query.primary_release_year).toBe("2005");
  });
});
