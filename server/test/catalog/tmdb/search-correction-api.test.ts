import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildTmdbApp, type TmdbTestApp } from "../../support/test-apps.js";

/**
 * The whole chain a user's search takes in TMDB mode, over real HTTP at both
 * ends: a client → the app (listening on loopback, wired as `main.ts` wires
 * it, cache included) → the project's fake TMDB.
 */

const TOKEN = "search-correction-api-token";

describe("GET /api/search in TMDB mode, with a misspelled title", () => {
  let subject: TmdbTestApp;
  let origin: string;
  beforeAll(async () => {
    subject = await buildTmdbApp({ serverToken: TOKEN });
    await subject.app.listen({ port: 0, host: "127.0.0.1" });
    origin = `http://127.0.0.1:${(subject.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => subject.close());
  beforeEach(() => {
    subject.tmdb.requests.length = 0;
  });

  const upstreamSearches = () =>
    subject.tmdb.requests.filter((request) => request.path === "/3/search/movie");
  const search = async (query: string) => {
    const response = await fetch(`${origin}/api/search?${query}`);
    return { status: response.status, body: await response.json() };
  };

  it("recovers the film with at most two upstream calls and says it corrected the text", async () => {
    const { status, body } = await search("q=the%20godfathr");
    expect(status).toBe(200);
    expect(body).toMatchObject({ query: "the godfathr", correctedQuery: "the godfather" });
    expect(body.results[0]).toMatchObject({ title: "The Godfather", year: 1972 });
    expect(upstreamSearches().map((request) => request.query.query)).toEqual([
      "the godfathr",
      "the godfather",
    ]);
  });

  it("answers the same search again from the cache, correction included", async () => {
    await search("q=schindlers%20lsit");
    subject.tmdb.requests.length = 0;
    const { body } = await search("q=schindlers%20lsit");
    expect(body.correctedQuery).toBe("schindler's list");
    expect(upstreamSearches()).toHaveLength(0);
  });

  it("searches the text as typed, once, for 'search instead for'", async () => {
    const { status, body } = await search("q=the%20godfathr&correct=false");
    expect(status).toBe(200);
    expect(body).toMatchObject({ totalResults: 0, results: [] });
    expect(body).not.toHaveProperty("correctedQuery");
    expect(upstreamSearches()).toHaveLength(1);
  });

  it("rejects a 'correct' that is not true or false", async () => {
    const { status, body } = await search("q=matrix&correct=maybe");
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
  });
});
