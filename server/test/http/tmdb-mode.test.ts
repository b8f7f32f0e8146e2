import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTmdbApp, type TmdbTestApp } from "../support/test-apps.js";

/** Distinctive, so finding it anywhere it must not be is unambiguous. */
const TOKEN = "api-test-token-MUST-NOT-LEAK-41c7";

describe("the API on the TMDB adapter (over HTTP to the fake TMDB)", () => {
  let subject: TmdbTestApp;
  beforeAll(async () => {
    subject = await buildTmdbApp({ serverToken: TOKEN, timeoutMs: 300 });
  });
  afterAll(() => subject.close());

  it("serves search and details in the same contract as the offline catalog", async () => {
    const search = await subject.app.inject("/api/search?q=matrix");
    expect(search.statusCode).toBe(200);
    const first = search.json().results[0];
    expect(first).toMatchObject({ title: "The Matrix", year: 1999 });
    expect(first.posterUrl).toMatch(/^https:\/\/image\.tmdb\.org\/t\/p\/w\d+\//);

    const details = await subject.app.inject(`/api/movies/${first.id}`);
    expect(details.statusCode).toBe(200);
    expect(details.json()).toMatchObject({ title: "The Matrix", source: "tmdb" });
    expect(details.json().cast.length).toBeGreaterThan(0);
    expect((await subject.app.inject("/api/meta")).json().source).toBe("tmdb");
  });

  it("answers an id TMDB does not know with our 404", async () => {
    const response = await subject.app.inject("/api/movies/999999999");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it.each([
    ["__status_500__", 503, "upstream_unavailable"],
    ["__status_503__", 503, "upstream_unavailable"],
    ["__malformed__", 502, "upstream_bad_response"],
    ["__wrong_shape__", 502, "upstream_bad_response"],
    ["__status_429__", 503, "upstream_rate_limited"],
    ["__slow__", 504, "upstream_timeout"],
  ])("maps an upstream %s to %i %s, never to 'no results'", async (trigger, status, code) => {
    // An app of its own: a 429 pauses the app's TMDB traffic, failures feed its breaker.
    const own = await buildTmdbApp({
      serverToken: TOKEN,
      timeoutMs: 300,
      limits: { budgetMs: 1000 },
    });
    const response = await own.app.inject(`/api/search?q=${trigger}`);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json()).not.toHaveProperty("results");
    if (status === 503) expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
    if (trigger === "__status_429__") expect(response.headers["retry-after"]).toBe("2");
    await own.close();
  });

  it("never puts the credential in a response or a log line", async () => {
    const bodies: string[] = [];
    for (const url of [
      "/api/search?q=matrix",
      "/api/search?q=__status_500__",
      "/api/search?q=__malformed__",
      "/api/movies/603",
      "/api/movies/999999999",
    ]) {
      const response = await subject.app.inject(url);
      bodies.push(response.body, JSON.stringify(response.headers));
    }
    for (const body of bodies) expect(body).not.toContain(TOKEN);
    expect(subject.logs.text()).not.toContain(TOKEN);
  });
});

describe("a deployment whose TMDB credential is wrong", () => {
  it("answers 503 catalog_not_configured and logs a misconfiguration without the credential", async () => {
    const wrong = "wrong-token-MUST-NOT-LEAK-9d2e";
    const subject = await buildTmdbApp({ serverToken: TOKEN, appToken: wrong });
    const response = await subject.app.inject("/api/search?q=matrix");
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe("catalog_not_configured");
    expect(response.headers["retry-after"]).toBeDefined();
    expect(subject.logs.text()).toMatch(/misconfigur/i);
    expect(subject.logs.text() + response.body).not.toContain(wrong);
    await subject.close();
  });
});

describe("TMDB unreachable", () => {
  it("answers 503 upstream_unavailable", async () => {
    const subject = await buildTmdbApp({ serverToken: TOKEN });
    await subject.tmdb.close();
    const response = await subject.app.inject("/api/search?q=matrix");
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe("upstream_unavailable");
    await subject.app.close();
  });
});
