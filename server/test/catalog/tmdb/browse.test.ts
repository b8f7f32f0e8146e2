import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UpstreamBadResponseError, UpstreamUnavailableError } from "../../../src/catalog/errors.js";
import { type FakeTmdb, startFakeTmdb } from "../../fake-tmdb/server.js";
import { openTmdbCatalog, recordingLogger, rejectionOf, TOKEN } from "./support.js";

let fake: FakeTmdb;
beforeAll(async () => {
  fake = await startFakeTmdb({ accessToken: TOKEN });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

function catalog(options: { region?: string; baseUrl?: string } = {}) {
  return openTmdbCatalog({
    baseUrl: fake.baseUrl,
    accessToken: TOKEN,
    logger: recordingLogger(),
    ...options,
  });
}

const callsTo = (path: string) => fake.requests.filter((request) => request.path === `/3${path}`);

describe("browse (TMDB)", () => {
  it("composes the rows from TMDB's lists, in order, titled for people", async () => {
    const page = await catalog().browse();
    expect(page.rows.map((row) => [row.id, row.title])).toEqual([
      ["trending", "Trending now"],
      ["popular", "Popular"],
      ["top-rated", "Top rated"],
      ["new-releases", "New releases"],
      ["genre-28", "Action"],
      ["genre-35", "Comedy"],
      ["genre-878", "Science Fiction"],
      ["genre-18", "Drama"],
      ["genre-27", "Horror"],
      ["genre-16", "Animation"],
    ]);
    for (const row of page.rows) expect(row.movies.length, row.id).toBeGreaterThan(0);
    const sciFi = page.rows.find((row) => row.id === "genre-878");
    for (const movie of sciFi?.movies ?? []) expect(movie.genres).toContain("Science Fiction");
  });

  it("asks each list once, the regional ones for the configured region", async () => {
    await catalog({ region: "gb" }).browse();
    expect(callsTo("/trending/movie/week")).toHaveLength(1);
    expect(callsTo("/trending/movie/week")[0]?.query.region).toBeUndefined();
    for (const path of ["/movie/popular", "/movie/top_rated", "/movie/now_playing"]) {
      expect(
        callsTo(path).map((call) => call.query.region),
        path,
      ).toEqual(["GB"]);
    }
    const discover = callsTo("/discover/movie").map((call) => call.query);
    // Sent all at once, so they may arrive in any order.
    expect(discover.map((query) => query.with_genres).toSorted()).toEqual([
      "16",
      "18",
      "27",
      "28",
      "35",
      "878",
    ]);
    for (const query of discover) {
      expect(query).toMatchObject({ sort_by: "popularity.desc", include_adult: "false" });
    }
  });

  it("features the top trending film in full: runtime, certification, trailer", async () => {
    const page = await catalog().browse();
    const trending = page.rows.find((row) => row.id === "trending")?.movies ?? [];
    expect(page.featured?.id).toBe(trending[0]?.id);
    expect(page.featured?.backdropUrl).toMatch(/^https:\/\/image\.tmdb\.org\/t\/p\/w1280\//);
    expect(page.featured?.runtime).toBeGreaterThan(0);
    expect(page.featured?.trailer?.site).toBe("YouTube");
    expect(callsTo(`/movie/${page.featured?.id}`)).toHaveLength(1);
  });

  it("fails as a whole when TMDB is down, rather than showing a page with rows missing", async () => {
    const gone = await startFakeTmdb({ accessToken: TOKEN });
    await gone.close();
    const error = await rejectionOf(catalog({ baseUrl: gone.baseUrl }).browse());
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
  });

  it("reports lists missing at the configured base URL as a bad upstream, not 'not found'", async () => {
    const error = await rejectionOf(
      catalog({ baseUrl: fake.baseUrl.replace(/\/3$/, "") }).browse(),
    );
    expect(error).toBeInstanceOf(UpstreamBadResponseError);
  });
});
