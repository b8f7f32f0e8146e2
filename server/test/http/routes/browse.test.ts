import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp, buildTmdbApp, type TmdbTestApp } from "../../support/test-apps.js";

interface BrowseBody {
  featured: { id: number; title: string; backdropUrl: string | null; source: string } | null;
  rows: Array<{
    id: string;
    title: string;
    movies: Array<{ id: number; posterUrl: string | null }>;
  }>;
}

describe("GET /api/browse (offline catalog)", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
  });
  afterAll(() => app.close());

  it("answers the billboard and rows with generated artwork", async () => {
    const response = await app.inject({ method: "GET", url: "/api/browse" });
    expect(response.statusCode).toBe(200);
    const body = response.json() as BrowseBody;
    expect(body.featured?.source).toBe("offline");
    expect(body.rows.slice(0, 4).map((row) => row.title)).toEqual([
      "Trending now",
      "Popular",
      "Top rated",
      "New releases",
    ]);
    expect(body.rows[0]?.movies[0]?.posterUrl).toMatch(/^\/api\/posters\/\d+\.svg$/);
  });

  it("is in the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    const document = response.json() as { paths: Record<string, unknown> };
    expect(document.paths["/api/browse"]).toBeDefined();
  });
});

describe("GET /api/browse (TMDB catalog, against the fake TMDB)", () => {
  let tmdb: TmdbTestApp;
  beforeAll(async () => {
    tmdb = await buildTmdbApp({ serverToken: "browse-route-token" });
  });
  afterAll(() => tmdb.close());

  it("answers the same shape from TMDB's lists, with srcsets for the artwork", async () => {
    const response = await tmdb.app.inject({ method: "GET", url: "/api/browse" });
    expect(response.statusCode).toBe(200);
    const body = response.json() as BrowseBody & {
      rows: Array<{ movies: Array<{ posterSrcSet: string | null }> }>;
    };
    expect(body.featured?.source).toBe("tmdb");
    expect(body.rows.map((row) => row.id)).toContain("new-releases");
    expect(body.rows[0]?.movies[0]?.posterSrcSet).toMatch(/ 185w, .* 780w$/);
  });
});
