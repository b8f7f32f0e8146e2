import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BadRequestError,
  CatalogNotConfiguredError,
  NotFoundError,
  UpstreamBadResponseError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../../src/catalog/errors.js";
import { chooseCredential } from "../../../src/catalog/tmdb/credentials.js";
import { createTmdbHttpClient } from "../../../src/catalog/tmdb/http-client.js";
import type { OutboundLimits } from "../../../src/catalog/tmdb/outbound/limits.js";
import { tmdbMovieDetailsSchema, tmdbMoviePageSchema } from "../../../src/catalog/tmdb/schemas.js";
import {
  FAULT_MOVIE_IDS,
  FAULT_QUERIES,
  type FakeTmdb,
  startFakeTmdb,
} from "../../fake-tmdb/server.js";
import {
  API_KEY,
  recordingLogger,
  rejectionOf,
  TOKEN,
  WRONG_API_KEY,
  WRONG_TOKEN,
} from "./support.js";

let fake: FakeTmdb;
beforeAll(async () => {
  fake = await startFakeTmdb({ accessToken: TOKEN, apiKey: API_KEY });
});
afterAll(() => fake.close());

function client(
  options: {
    accessToken?: string;
    apiKey?: string;
    timeoutMs?: number;
    baseUrl?: string;
    limits?: OutboundLimits;
  } = {},
) {
  const logger = recordingLogger();
  const http = createTmdbHttpClient({
    ...options.limits,
    random: () => 0.5,
    baseUrl: options.baseUrl ?? fake.baseUrl,
    credential: chooseCredential(
      options.apiKey ? { apiKey: options.apiKey } : { accessToken: options.accessToken ?? TOKEN },
    ),
    timeoutMs: options.timeoutMs ?? 2000,
    logger,
  });
  const search = (query: string, page = 1, signal?: AbortSignal) =>
    http.get("/search/movie", { query, page }, tmdbMoviePageSchema, signal);
  const movie = (id: number) => http.get(`/movie/${id}`, {}, tmdbMovieDetailsSchema);
  return { http, logger, search, movie };
}

describe("the TMDB HTTP client, over HTTP to the fake TMDB", () => {
  it("returns the validated body", async () => {
    const page = await client().search("matrix");
    expect(page.results.map((movie) => movie.id)).toContain(603);
  });

  it("asks for JSON", async () => {
    fake.requests.length = 0;
    await client().search("jaws");
    expect(fake.requests[0]?.accept).toBe("application/json");
  });

  it("sends an access token as a Bearer header and nothing in the URL", async () => {
    fake.requests.length = 0;
    await client({ accessToken: TOKEN }).search("jaws");
    expect(fake.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(fake.requests[0]?.query).not.toHaveProperty("api_key");
  });

  it("sends an API key as api_key and no Authorization header", async () => {
    fake.requests.length = 0;
    await client({ apiKey: API_KEY }).search("jaws");
    expect(fake.requests[0]?.query.api_key).toBe(API_KEY);
    expect(fake.requests[0]?.authorization).toBeUndefined();
  });

  it.each([
    ["a wrong access token", { accessToken: WRONG_TOKEN }, "access token"],
    ["a wrong API key", { apiKey: WRONG_API_KEY }, "api key"],
  ])(
    "turns a 401 for %s into CatalogNotConfiguredError and logs a misconfiguration",
    async (_, credential, kind) => {
      const { search, logger } = client(credential);
      const error = await rejectionOf(search("matrix"));
      expect(error).toBeInstanceOf(CatalogNotConfiguredError);
      expect(error.message).toBe("The movie catalog is not configured correctly");
      const logged = logger.calls.find((call) => call.level === "error");
      expect(logged?.msg).toMatch(/misconfigured/);
      expect(logged?.msg).toContain(kind);
      expect(logged?.obj).toMatchObject({ credential: kind, status: 401, tmdbCode: 7 });
    },
  );

  it("turns a 404 into NotFoundError", async () => {
    expect(await rejectionOf(client().movie(999_999_999))).toBeInstanceOf(NotFoundError);
  });

  it("turns TMDB's 400 for a page out of range into BadRequestError", async () => {
    expect(await rejectionOf(client().search("matrix", 501))).toBeInstanceOf(BadRequestError);
    expect(await rejectionOf(client().search("matrix", 0))).toBeInstanceOf(BadRequestError);
  });

  it("turns a 429 into UpstreamRateLimitedError with TMDB's Retry-After", async () => {
    const { search } = client({ limits: { maxRetries: 0 } });
    const error = await rejectionOf(search(FAULT_QUERIES.status_429));
    expect(error).toBeInstanceOf(UpstreamRateLimitedError);
    expect((error as UpstreamRateLimitedError).retryAfterSeconds).toBe(2);
  });

  it("suggests the wait of its own backoff when a 429 has no Retry-After", async () => {
    const { search } = client({ limits: { maxRetries: 0 } });
    const error = await rejectionOf(search(FAULT_QUERIES.status_429_no_retry_after));
    // The first 429 in a row backs off 1 s (the jitter is pinned to the middle here).
    expect((error as UpstreamRateLimitedError).retryAfterSeconds).toBe(1);
  });

  it.each([
    ["status_500", UpstreamUnavailableError],
    ["status_503", UpstreamUnavailableError],
    ["status_504", UpstreamTimeoutError],
    ["malformed", UpstreamBadResponseError],
    ["wrong_shape", UpstreamBadResponseError],
    ["hang_up", UpstreamUnavailableError],
  ] as const)("turns the %s fault into %o, on search and on details", async (fault, type) => {
    const { search, movie } = client();
    expect(await rejectionOf(search(FAULT_QUERIES[fault]))).toBeInstanceOf(type);
    expect(await rejectionOf(movie(FAULT_MOVIE_IDS[fault]))).toBeInstanceOf(type);
  });

  it("gives up after timeoutMs with UpstreamTimeoutError", async () => {
    const { search, logger } = client({ timeoutMs: 150 });
    const started = Date.now();
    expect(await rejectionOf(search(FAULT_QUERIES.slow))).toBeInstanceOf(UpstreamTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(logger.calls[0]?.msg).toMatch(/in time/);
    expect(logger.calls[0]?.obj).toMatchObject({ limit: "attempt", limitMs: 150 });
  });

  it("says when it was the whole call's budget, not one attempt's timeout, that ran out", async () => {
    const { search, logger } = client({ timeoutMs: 2000, limits: { budgetMs: 150 } });
    expect(await rejectionOf(search(FAULT_QUERIES.slow))).toBeInstanceOf(UpstreamTimeoutError);
    expect(logger.calls[0]?.obj).toMatchObject({ limit: "budget", limitMs: 150 });
  });

  it("reports a closed port as UpstreamUnavailableError", async () => {
    const closed = await startFakeTmdb({ accessToken: TOKEN });
    await closed.close();
    const { search, logger } = client({ baseUrl: closed.baseUrl });
    expect(await rejectionOf(search("matrix"))).toBeInstanceOf(UpstreamUnavailableError);
    expect(logger.calls[0]?.obj).toMatchObject({ reason: "ECONNREFUSED" });
  });

  it("rethrows the caller's abort as it is, not as a timeout", async () => {
    const { search, logger } = client({ timeoutMs: 5000 });
    const controller = new AbortController();
    const reason = new Error("the client went away");
    setTimeout(() => controller.abort(reason), 50);
    const error = await rejectionOf(search(FAULT_QUERIES.slow, 1, controller.signal));
    expect(error).toBe(reason);
    expect(logger.calls).toEqual([]);
  });

  it("sends nothing when the caller has already aborted", async () => {
    fake.requests.length = 0;
    const error = await rejectionOf(client().search("matrix", 1, AbortSignal.abort()));
    expect(error.name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(UpstreamTimeoutError);
    expect(fake.requests).toEqual([]);
  });
});
