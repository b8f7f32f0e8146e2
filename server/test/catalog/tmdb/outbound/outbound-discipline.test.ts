import { describe, expect, it, vi } from "vitest";
import {
  BadRequestError,
  NotFoundError,
  UpstreamBadResponseError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../../../src/catalog/errors.js";
import { chooseCredential } from "../../../../src/catalog/tmdb/credentials.js";
import { createTmdbHttpClient } from "../../../../src/catalog/tmdb/http-client.js";
import { NO_UPSTREAM_OBSERVER } from "../../../../src/catalog/tmdb/outbound/observer.js";
import { tmdbMoviePageSchema } from "../../../../src/catalog/tmdb/schemas.js";
import { FAULT_QUERIES } from "../../../fake-tmdb/server.js";
import { recordingLogger, rejectionOf, TOKEN } from "../support.js";
import { useOutboundFake } from "./support.js";

/**
 * The outbound discipline of the TMDB HTTP client, against the fake TMDB:
 * retries, 429s, sharing and pacing; what the caller gets and how many
 * requests reached "TMDB" (counts and outcomes; nothing here depends on how
 * fast the machine is). The circuit breaker and the budget of one call are in
 * `circuit-and-budget.test.ts`.
 */

const { fake, clients, client, searches } = useOutboundFake();

describe("retries", () => {
  it("retries 5xx answers and dropped connections, then returns the answer", async () => {
    const { search, events } = client();
    fake().setFault("status_500", { times: 1 });
    await search("matrix");
    fake().setFault("hang_up", { times: 1 });
    await search("alien");
    expect(searches()).toBe(4);
    expect(events).toContain("retry /search/movie server_error");
    expect(events).toContain("retry /search/movie network_error");
    expect(events).toContain("attempt /search/movie network_error");
  });

  it("gives up after the configured retries with the last failure", async () => {
    const { search } = client({ maxRetries: 2 });
    fake().setFault("status_500");
    expect(await rejectionOf(search("matrix"))).toBeInstanceOf(UpstreamUnavailableError);
    expect(searches()).toBe(3);
  });

  it.each([
    ["a 404", "not found", NotFoundError, () => fake().setFault(undefined), "/movie/999999999"],
    ["a 400", "bad page", BadRequestError, () => fake().setFault(undefined), "page"],
    ["malformed JSON", "x", UpstreamBadResponseError, () => fake().setFault("malformed"), ""],
  ] as const)("never retries %s: TMDB answered", async (_, query, type, arrange, variant) => {
    const { http, search } = client();
    arrange();
    const outcome =
      variant === "/movie/999999999"
        ? http.get(variant, {}, tmdbMoviePageSchema)
        : variant === "page"
          ? http.get("/search/movie", { query, page: 501 }, tmdbMoviePageSchema)
          : search(query);
    expect(await rejectionOf(outcome)).toBeInstanceOf(type);
    expect(fake().requests).toHaveLength(1);
  });

  it("never retries a timeout: a TMDB slow now is rarely fast a moment later", async () => {
    const { search, events } = client({}, 200);
    fake().setFault("hang");
    expect(await rejectionOf(search("matrix"))).toBeInstanceOf(UpstreamTimeoutError);
    expect(searches()).toBe(1);
    expect(events).toContain("attempt /search/movie timeout");
  });

  it("waits the jittered backoff before retrying a 5xx, rather than asking again at once", async () => {
    // The first retry waits between 50 and 100 ms ("equal jitter" of 100 ms): 75 ms with the jitter pinned to the middle.
    let retriedAt: number | undefined;
    const attemptStarts: number[] = [];
    const http = createTmdbHttpClient({
      baseUrl: fake().baseUrl,
      credential: chooseCredential({ accessToken: TOKEN }),
      timeoutMs: 2000,
      rateLimitPerSecond: 1000,
      logger: recordingLogger(),
      random: () => 0.5,
      observer: {
        ...NO_UPSTREAM_OBSERVER,
        retry: () => {
          retriedAt = performance.now();
        },
        // Reported when an attempt ends, with how long it took: so this is when it began.
        attempt: (_endpoint, _status, seconds) => {
          attemptStarts.push(performance.now() - seconds * 1000);
        },
      },
    });
    clients.push(http);
    fake().setFault("status_500", { times: 1 });
    await http.get("/search/movie", { query: "matrix", page: 1 }, tmdbMoviePageSchema);
    expect(searches()).toBe(2);
    expect(retriedAt).toBeDefined();
    // From the decision to retry to the second request: the backoff (timers never fire early).
    expect((attemptStarts[1] ?? 0) - (retriedAt ?? 0)).toBeGreaterThanOrEqual(60);
  });
});

describe("429s", () => {
  it("waits out a short pause and tries again when the budget allows", async () => {
    const { search, events } = client({ budgetMs: 4000 });
    // Without Retry-After the first pause is 1 s (jitter pinned to the middle).
    fake().setFault("status_429_no_retry_after", { times: 1 });
    const started = Date.now();
    await search("matrix");
    expect(searches()).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(events).toContain("retry /search/movie rate_limited");
  });

  it("answers at once, with TMDB's Retry-After, rather than hold a viewer for a long pause", async () => {
    const { search } = client({ budgetMs: 4000 });
    fake().setFault("status_429", { times: 1 });
    const error = await rejectionOf(search("matrix"));
    expect(error).toBeInstanceOf(UpstreamRateLimitedError);
    expect((error as UpstreamRateLimitedError).retryAfterSeconds).toBe(2);
    expect(searches()).toBe(1);
  });

  it("pauses every outbound request, not just the one that was refused", async () => {
    const { search, events } = client({ budgetMs: 500 });
    fake().setFault("status_429");
    const refused = await rejectionOf(search("matrix"));
    expect(refused).toBeInstanceOf(UpstreamRateLimitedError);
    expect((refused as UpstreamRateLimitedError).retryAfterSeconds).toBe(2);
    fake().setFault(undefined);
    const paused = await rejectionOf(search("alien"));
    expect(paused).toBeInstanceOf(UpstreamRateLimitedError);
    expect(searches()).toBe(1);
    expect(events).toContain("rejected /search/movie rate_limited");
  });

  it("does not hold the next viewer for another request's long pause, whatever its budget", async () => {
    const { search } = client({ budgetMs: 4000 });
    fake().setFault("status_429", { times: 1 }); // Retry-After: 2
    expect(await rejectionOf(search("matrix"))).toBeInstanceOf(UpstreamRateLimitedError);
    const started = Date.now();
    const next = await rejectionOf(search("alien"));
    // Refused at once with the pause's remainder, not answered 2 s later.
    expect(next).toBeInstanceOf(UpstreamRateLimitedError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(searches()).toBe(1);
  });

  it("backs off on its own when a 429 carries no Retry-After", async () => {
    const { search } = client({ budgetMs: 1500 });
    fake().setFault("status_429_no_retry_after");
    const error = await rejectionOf(search("matrix"));
    // 1 s after the first 429 (within the budget: one retry), 2 s after the second (past it).
    expect(searches()).toBe(2);
    expect((error as UpstreamRateLimitedError).retryAfterSeconds).toBe(2);
  });

  it("starts its own backoff over after an answer: the next 429 pauses 1 s again, not 2 s", async () => {
    let clock = 1_000_000;
    // A 500 ms budget cannot hold a 1 s pause: each 429 is answered at once, with the pause it set.
    const { search } = client({ budgetMs: 500 }, 2000, () => clock);
    fake().setFault("status_429_no_retry_after", { times: 1 });
    const first = await rejectionOf(search("matrix"));
    expect(first).toBeInstanceOf(UpstreamRateLimitedError);
    expect((first as UpstreamRateLimitedError).retryAfterSeconds).toBe(1);

    clock += 1500; // past the pause
    await search("alien");

    fake().setFault("status_429_no_retry_after", { times: 1 });
    const second = await rejectionOf(search("dune"));
    expect(second).toBeInstanceOf(UpstreamRateLimitedError);
    expect((second as UpstreamRateLimitedError).retryAfterSeconds).toBe(1);
    expect(searches()).toBe(3);
  });
});

describe("sharing, pooling and pacing", () => {
  it("sends one request for identical concurrent calls", async () => {
    const { search, events } = client();
    fake().setLatency(100);
    const pages = await Promise.all(Array.from({ length: 20 }, () => search("dune")));
    expect(searches()).toBe(1);
    expect(pages.every((page) => page.results.length === pages[0]?.results.length)).toBe(true);
    expect(events.filter((event) => event.startsWith("coalesced"))).toHaveLength(19);
  });

  it.each([5, 20])("keeps at most %i connections open to TMDB", async (maxConnections) => {
    const { search } = client({ maxConnections });
    fake().setLatency(100);
    // Connections of earlier tests' clients are closing; count only this client's.
    await vi.waitFor(() => expect(fake().connections.open).toBe(0));
    fake().resetConnectionStats();
    const queries = Array.from({ length: maxConnections * 3 }, (_, i) => `film ${i}`);
    const pages = await Promise.all(queries.map((query) => search(query)));
    expect(pages).toHaveLength(queries.length);
    expect(fake().connections.peak).toBeLessThanOrEqual(maxConnections);
    expect(fake().connections.peak).toBeGreaterThan(maxConnections / 2);
  });

  it("keeps to its own rate, refusing at once what could not go within the budget", async () => {
    // 5 a second with a burst of 1: within a 1 s budget, slots at 0, 200 ... 1000 ms.
    const { search } = client({ rateLimitPerSecond: 5, budgetMs: 1000 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => search(`paced ${i}`)),
    );
    const refused = outcomes.filter(
      (outcome) =>
        outcome.status === "rejected" && outcome.reason instanceof UpstreamRateLimitedError,
    );
    const answered = outcomes.filter((outcome) => outcome.status === "fulfilled");
    expect(answered.length + refused.length).toBe(12);
    expect(searches()).toBe(answered.length);
    expect(searches()).toBeLessThanOrEqual(6);
    expect(searches()).toBeGreaterThanOrEqual(2);
  });
});

describe("faults the fake plays", () => {
  it("has a trigger for each: hang never answers, until the client gives up", async () => {
    const { search } = client({}, 150);
    expect(await rejectionOf(search(FAULT_QUERIES.hang))).toBeInstanceOf(UpstreamTimeoutError);
  });
});
