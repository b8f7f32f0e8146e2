import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  NotFoundError,
  UpstreamBadResponseError,
} from "../../../src/catalog/errors.js";
import {
  EDGE_CASE_IDS,
  FAULT_MOVIE_IDS,
  type FakeTmdb,
  startFakeTmdb,
} from "../../fake-tmdb/server.js";
import { openTmdbCatalog, recordingLogger, rejectionOf, TOKEN } from "./support.js";

let fake: FakeTmdb;
beforeAll(async () => {
  fake = await startFakeTmdb({ accessToken: TOKEN });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

function catalog(options: { language?: string; baseUrl?: string } = {}) {
  const logger = recordingLogger();
  const subject = openTmdbCatalog({
    baseUrl: fake.baseUrl,
    accessToken: TOKEN,
    logger,
    ...options,
  });
  return { catalog: subject, logger };
}

const searches = () => fake.requests.filter((request) => request.path === "/3/search/movie");
const movieCalls = () => fake.requests.filter((request) => request.path.startsWith("/3/movie/"));

describe("the TMDB catalog, opened", () => {
  it("says it is the tmdb source", () => {
    expect(catalog().catalog.source).toBe("tmdb");
  });

  it("fails at start-up without a credential or with a base URL that is not http(s)", () => {
    const logger = recordingLogger();
    expect(() => openTmdbCatalog({ baseUrl: fake.baseUrl, logger })).toThrow(
      /access token or an API key/,
    );
    expect(() =>
      openTmdbCatalog({ baseUrl: "api.themoviedb.org/3", accessToken: TOKEN, logger }),
    ).toThrow(/base URL/);
  });
});

describe("search", () => {
  it("asks TMDB with the documented parameters", async () => {
    await catalog().catalog.search({ text: "king kong", page: 1, year: 1976 });
    expect(searches()[0]?.query).toEqual({
      query: "king kong",
      page: "1",
      include_adult: "false",
      language: "en-US",
      primary_release_year: "1976",
    });
  });

  it("normalizes the query to NFC, so a decomposed accent still finds the film", async () => {
    const page = await catalog().catalog.search({ text: "Ame\u0301lie", page: 1 });
    expect(searches()[0]?.query.query).toBe("Amélie");
    expect(page.query).toBe("Amélie");
    expect(page.results.map((movie) => movie.id)).toEqual([194]);
  });

  it("never sends an empty query", async () => {
    const error = await rejectionOf(catalog().catalog.search({ text: "   ", page: 1 }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(searches()).toEqual([]);
  });

  it("maps results with genre names from TMDB's genre list", async () => {
    const page = await catalog().catalog.search({ text: "matrix", page: 1 });
    expect(page).toMatchObject({ query: "matrix", page: 1, totalPages: 1, totalResults: 3 });
    expect(page.results[0]).toMatchObject({ id: 603, title: "The Matrix", year: 1999 });
    expect(page.results[0]?.genres).toEqual(["Action", "Science Fiction"]);
  });

  it("filters by year on the primary release, which is what `year` shows", async () => {
    const page = await catalog().catalog.search({ text: "king kong", page: 1, year: 2005 });
    expect(page.results.map((movie) => [movie.id, movie.year])).toEqual([[254, 2005]]);
  });

  it("filters by genre within the page TMDB sent, counting exactly when it is the only page", async () => {
    const page = await catalog().catalog.search({ text: "king kong", page: 1, genreId: 878 });
    expect(page.results.map((movie) => movie.id)).toEqual([10730]);
    expect(page.totalResults).toBe(1);
    expect(page.totalIsUpperBound).toBeUndefined();
  });

  it("says the total is an upper bound when more pages are still to filter", async () => {
    const page = await catalog().catalog.search({ text: "e", page: 1, genreId: 35 });
    expect(page.totalPages).toBe(2);
    expect(page.totalIsUpperBound).toBe(true);
    expect(page.results.length).toBeLessThan(page.totalResults);
  });

  it("pages through TMDB's results", async () => {
    const { catalog: subject } = catalog();
    const first = await subject.search({ text: "e", page: 1 });
    const second = await subject.search({ text: "e", page: 2 });
    expect(first.results).toHaveLength(20);
    expect(first.totalPages).toBe(2);
    expect(second.results).toHaveLength(first.totalResults - 20);
  });

  it("reports a base URL without TMDB's search endpoint as a misconfiguration, not as 'not found'", async () => {
    const { catalog: subject, logger } = catalog({ baseUrl: fake.baseUrl.replace(/\/3$/, "") });
    expect(await rejectionOf(subject.search({ text: "matrix", page: 1 }))).toBeInstanceOf(
      UpstreamBadResponseError,
    );
    expect(logger.calls.some((call) => call.level === "error" && /base URL/.test(call.msg))).toBe(
      true,
    );
  });
});

describe("getMovie", () => {
  it("makes one call to /movie/{id} with every append it needs", async () => {
    const { catalog: subject } = catalog();
    await subject.getMovie(603);
    await subject.getMovie(238);
    expect(movieCalls().map((request) => request.path)).toEqual(["/3/movie/603", "/3/movie/238"]);
    expect(movieCalls()[0]?.query.append_to_response).toBe(
      "credits,videos,release_dates,similar,recommendations,watch/providers",
    );
    // The genre list is fetched once for all requests, not once per film. (Only
    // calls under /3 count: the previous test's stray genre fetch may land late.)
    expect(fake.requests.filter((request) => request.path.startsWith("/3/"))).toHaveLength(3);
  });

  it("maps the film, its people, trailer, certification and similar films", async () => {
    const movie = await catalog().catalog.getMovie(603);
    expect(movie).toMatchObject({
      id: 603,
      title: "The Matrix",
      year: 1999,
      runtime: 136,
      certification: "R",
      directors: ["Lana Wachowski", "Lilly Wachowski"],
      source: "tmdb",
      externalRatings: [],
    });
    expect(movie.cast[0]).toMatchObject({
      name: "Keanu Reeves",
      character: "Thomas A. Anderson / Neo",
    });
    expect(movie.trailer?.url).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/);
    expect(movie.similar.map((other) => other.id)).toEqual([604, 605, 78, 27205]);
  });

  it("maps an announced film TMDB knows almost nothing about", async () => {
    const movie = await catalog().catalog.getMovie(EDGE_CASE_IDS.announced);
    expect(movie).toMatchObject({
      year: null,
      releaseDate: null,
      posterUrl: null,
      backdropUrl: null,
      rating: null,
      runtime: null,
      budget: null,
      revenue: null,
      tagline: "",
      trailer: null,
      certification: null,
    });
  });

  it.each([
    [EDGE_CASE_IDS.paddedCertification, "PG-13"],
    [EDGE_CASE_IDS.uncertifiedTheatrical, "NR"],
    [EDGE_CASE_IDS.noUsRelease, null],
  ])("finds the US certification of film %i: %s", async (id, certification) => {
    expect((await catalog().catalog.getMovie(id)).certification).toBe(certification);
  });

  it("lists co-directors once each though they also produced", async () => {
    const movie = await catalog().catalog.getMovie(EDGE_CASE_IDS.uncertifiedTheatrical);
    expect(movie.directors).toEqual(["Merian C. Cooper", "Ernest B. Schoedsack"]);
  });

  it("asks for videos in other languages too, and prefers the request language's trailer", async () => {
    const english = await catalog().catalog.getMovie(EDGE_CASE_IDS.trailerLanguages);
    const french = await catalog({ language: "fr-FR" }).catalog.getMovie(
      EDGE_CASE_IDS.trailerLanguages,
    );
    expect(english.trailer).not.toBeNull();
    expect(french.trailer).not.toBeNull();
    expect(french.trailer?.key).not.toBe(english.trailer?.key);
    expect(movieCalls().at(-1)?.query).toMatchObject({ language: "fr-FR" });
    expect(movieCalls().at(-1)?.query.include_video_language).toMatch(/^fr,en,null,/);
  });

  it("finds a film's trailer in its own language when it has none in the viewer's", async () => {
    const laHaine = await catalog().catalog.getMovie(406);
    expect(laHaine.trailer).not.toBeNull();
  });

  it("throws NotFoundError naming the id TMDB does not know", async () => {
    const error = await rejectionOf(catalog().catalog.getMovie(999_999_999));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("999999999");
  });

  it("refuses an id that is not a positive integer without calling TMDB", async () => {
    for (const id of [0, -1, 1.5, Number.NaN]) {
      expect(await rejectionOf(catalog().catalog.getMovie(id))).toBeInstanceOf(BadRequestError);
    }
    expect(movieCalls()).toEqual([]);
  });

  it("passes upstream failures on as typed errors", async () => {
    const error = await rejectionOf(catalog().catalog.getMovie(FAULT_MOVIE_IDS.malformed));
    expect(error).toBeInstanceOf(UpstreamBadResponseError);
  });
});
