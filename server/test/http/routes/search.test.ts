import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/app.js";
import type { SearchQuery } from "../../../src/catalog/movie.js";
import type { MovieCatalog } from "../../../src/catalog/port.js";
import { buildOfflineApp, captureLogs, sharedOfflineCatalog } from "../../support/test-apps.js";

interface SearchBody {
  query: string;
  page: number;
  totalPages: number;
  totalResults: number;
  results: Array<{ id: number; title: string; year: number | null; genres: string[] }>;
}

describe("GET /api/search (offline catalog)", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
  });
  afterAll(() => app.close());

  const search = async (query: string) => {
    const response = await app.inject({ method: "GET", url: `/api/search?${query}` });
    return { response, body: response.json() as SearchBody };
  };

  it("puts The Matrix (1999) first for 'matrix'", async () => {
    const { response, body } = await search("q=matrix");
    expect(response.statusCode).toBe(200);
    expect(body.results[0]).toMatchObject({ title: "The Matrix", year: 1999 });
    expect(body).toMatchObject({ query: "matrix", page: 1 });
    expect(body.totalResults).toBeGreaterThanOrEqual(body.results.length);
  });

  it("finds The Godfather in the top 3 despite a typo", async () => {
    const { body } = await search("q=godfater");
    expect(body.results.slice(0, 3).map((movie) => movie.title)).toContain("The Godfather");
  });

  it("finds Amélie with its accent right from plain 'amelie'", async () => {
    const { body } = await search("q=amelie");
    expect(body.results[0]?.title).toMatch(/Amélie/);
  });

  it("finds the film 300 when the query is only a number", async () => {
    const { body } = await search("q=300");
    expect(body.results[0]?.title).toBe("300");
  });

  it("trims the query and echoes it", async () => {
    const { body } = await search(`q=${encodeURIComponent("  matrix  ")}`);
    expect(body.query).toBe("matrix");
  });

  it("filters by year and by genre id", async () => {
    const byYear = await search("q=king%20kong&year=1976");
    expect(byYear.body.results.length).toBeGreaterThan(0);
    expect(byYear.body.results.every((movie) => movie.year === 1976)).toBe(true);
    const byGenre = await search("q=the&genre=27");
    expect(byGenre.body.results.length).toBeGreaterThan(0);
    expect(byGenre.body.results.every((movie) => movie.genres.includes("Horror"))).toBe(true);
  });

  it("pages through results without repeating them", async () => {
    const first = await search("q=the&page=1");
    const second = await search("q=the&page=2");
    expect(first.body.totalPages).toBeGreaterThan(1);
    const firstIds = new Set(first.body.results.map((movie) => movie.id));
    expect(second.body.results.some((movie) => firstIds.has(movie.id))).toBe(false);
  });

  it.each([
    ["", /q is required/],
    ["q=", /q must not be empty/],
    ["q=%20%20%20", /q must not be empty/],
    [`q=${"a".repeat(201)}`, /at most 200/],
    ["q=a&q=b", /q must be given once/],
    ["q=x&page=1&page=2", /page must be given once/],
    ["q=%", /not valid percent-encoding/],
    ["q=%E0%A4%A", /not valid percent-encoding/],
    ["q=%ff%fe", /not valid percent-encoding/],
    ["q=%C0%AF", /not valid percent-encoding/],
    ["q=heat%00", /control characters/],
    ["q=x&page=0", /page must be a whole number from 1 to 500/],
    ["q=x&page=501", /page must be/],
    ["q=x&page=abc", /page must be/],
    ["q=x&page=1.5", /page must be/],
    ["q=x&page=1e2", /page must be/],
    ["q=x&year=19999", /year must be/],
    ["q=x&genre=-3", /genre must be/],
  ])("answers ?%s with a 400 JSON error", async (query, message) => {
    const { response, body } = await search(query);
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    const error = (body as unknown as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("bad_request");
    expect(error.message).toMatch(message);
  });
});

describe("GET /api/search: the catalog query of a URL", () => {
  it("is one frozen object per URL, so the cache reuses its key; other filters get their own", async () => {
    const offline = await sharedOfflineCatalog();
    const seen: SearchQuery[] = [];
    const catalog: MovieCatalog = {
      source: offline.source,
      search: (query) => {
        seen.push(query);
        return offline.search(query);
      },
      getMovie: (id) => offline.getMovie(id),
      browse: () => offline.browse(),
    };
    const app = await buildApp({ catalog, logger: captureLogs().logger });
    try {
      for (const url of [
        "/api/search?q=matrix",
        "/api/search?q=matrix",
        "/api/search?q=matrix&page=2",
      ]) {
        expect((await app.inject(url)).statusCode).toBe(200);
      }
      const [first, again, nextPage] = seen;
      expect(again).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      expect(first).toMatchObject({ text: "matrix", page: 1, sort: "relevance" });
      expect(nextPage).not.toBe(first);
      expect(nextPage).toMatchObject({ text: "matrix", page: 2 });
    } finally {
      await app.close();
    }
  });
});
