import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  NotFoundError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../../../src/catalog/errors.js";
import { chooseCredential } from "../../../../src/catalog/tmdb/credentials.js";
import { createTmdbHttpClient } from "../../../../src/catalog/tmdb/http-client.js";
import { NO_UPSTREAM_OBSERVER } from "../../../../src/catalog/tmdb/outbound/observer.js";
import { tmdbMoviePageSchema } from "../../../../src/catalog/tmdb/schemas.js";
import { startFakeTmdb } from "../../../fake-tmdb/server.js";
import { recordingLogger, rejectionOf, TOKEN } from "../support.js";
import { recordingObserver, useOutboundFake } from "./support.js";

/**
 * The TMDB HTTP client's circuit breaker and the budget of one call, against
 * the fake TMDB (the rest of its outbound discipline is in
 * `outbound-discipline.test.ts`).
 */

const { fake, clients, client, searches } = useOutboundFake();

describe("the circuit breaker", () => {
  it("fails fast while TMDB is down, probes after the cool-down, and closes when it is back", async () => {
    const { search, events } = client({
      maxRetries: 0,
      circuitFailureThreshold: 3,
      circuitCooldownMs: 300,
    });
    fake().setFault("status_503");
    for (let i = 0; i < 3; i++) await rejectionOf(search(`down ${i}`));
    expect(searches()).toBe(3);

    const fast = await rejectionOf(search("while open"));
    expect(fast).toBeInstanceOf(UpstreamUnavailableError);
    expect((fast as UpstreamUnavailableError).retryAfterSeconds).toBe(1);
    expect(searches()).toBe(3);

    fake().setFault(undefined);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await search("probe");
    await search("after");
    expect(searches()).toBe(5);
    expect(events.filter((event) => event.startsWith("circuit"))).toEqual([
      "circuit open",
      "circuit half_open",
      "circuit closed",
    ]);
  });

  it("opens again when the probe fails", async () => {
    const { search } = client({
      maxRetries: 0,
      circuitFailureThreshold: 1,
      circuitCooldownMs: 200,
    });
    fake().setFault("hang_up");
    await rejectionOf(search("down"));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await rejectionOf(search("probe"))).toBeInstanceOf(UpstreamUnavailableError);
    expect(searches()).toBe(2);
    expect(await rejectionOf(search("fast"))).toBeInstanceOf(UpstreamUnavailableError);
    expect(searches()).toBe(2);
  });

  it("counts a 404 or a 400 as TMDB up: answers to bad questions never open it", async () => {
    const { http, search, events } = client({
      maxRetries: 0,
      circuitFailureThreshold: 2,
      circuitCooldownMs: 60_000,
    });
    for (const id of [999_999_901, 999_999_902, 999_999_903]) {
      const error = await rejectionOf(http.get(`/movie/${id}`, {}, tmdbMoviePageSchema));
      expect(error).toBeInstanceOf(NotFoundError);
    }
    const badPage = http.get("/search/movie", { query: "x", page: 501 }, tmdbMoviePageSchema);
    expect(await rejectionOf(badPage)).toBeInstanceOf(BadRequestError);
    await search("matrix");
    expect(fake().requests).toHaveLength(5);
    expect(events.filter((event) => event.startsWith("rejected"))).toEqual([]);
    expect(events.filter((event) => event.startsWith("circuit"))).toEqual([]);
  });

  it("counts failures in a row: a 404 between two 503s starts the count over", async () => {
    const { http, search } = client({
      maxRetries: 0,
      circuitFailureThreshold: 2,
      circuitCooldownMs: 60_000,
    });
    fake().setFault("status_503", { times: 1 });
    expect(await rejectionOf(search("down 1"))).toBeInstanceOf(UpstreamUnavailableError);
    expect(await rejectionOf(http.get("/movie/999999901", {}, tmdbMoviePageSchema))).toBeInstanceOf(
      NotFoundError,
    );
    fake().setFault("status_503", { times: 1 });
    expect(await rejectionOf(search("down 2"))).toBeInstanceOf(UpstreamUnavailableError);
    await search("matrix");
    expect(fake().requests).toHaveLength(4);
  });

  it("does not count a 429 as TMDB down: once the pause is over, calls go through", async () => {
    let clock = 1_000_000;
    const { search, events } = client(
      { circuitFailureThreshold: 1, circuitCooldownMs: 60_000 },
      2000,
      () => clock,
    );
    // Retry-After: 2, longer than a viewer is held: answered at once, not retried.
    fake().setFault("status_429", { times: 1 });
    expect(await rejectionOf(search("matrix"))).toBeInstanceOf(UpstreamRateLimitedError);
    expect(searches()).toBe(1);

    clock += 2500; // past TMDB's pause, well within the breaker's cool-down
    await search("alien");
    expect(searches()).toBe(2);
    expect(events.filter((event) => event.startsWith("rejected"))).toEqual([]);
    expect(events.filter((event) => event.startsWith("circuit"))).toEqual([]);
  });

  it("counts a connection refused as TMDB down", async () => {
    const closed = await startFakeTmdb({ accessToken: TOKEN });
    await closed.close();
    const { observer, events } = recordingObserver();
    const http = createTmdbHttpClient({
      baseUrl: closed.baseUrl,
      credential: chooseCredential({ accessToken: TOKEN }),
      timeoutMs: 1000,
      maxRetries: 0,
      circuitFailureThreshold: 2,
      logger: recordingLogger(),
      observer,
    });
    for (let i = 0; i < 3; i++) {
      const error = await rejectionOf(
        http.get("/search/movie", { query: "x" }, tmdbMoviePageSchema),
      );
      expect(error).toBeInstanceOf(UpstreamUnavailableError);
    }
    expect(events.filter((event) => event.startsWith("attempt"))).toHaveLength(2);
    expect(events).toContain("rejected /search/movie circuit_open");
  });
});

describe("the budget of one call", () => {
  it("cuts a hanging attempt at the budget, not at the longer per-attempt timeout", async () => {
    const { search, logger } = client({ budgetMs: 300 }, 2000);
    fake().setFault("hang");
    const started = performance.now();
    expect(await rejectionOf(search("matrix"))).toBeInstanceOf(UpstreamTimeoutError);
    // About 300 ms; the 2 s attempt timeout would take 2 s.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(searches()).toBe(1);
    expect(logger.calls).toContainEqual(
      expect.objectContaining({ obj: expect.objectContaining({ limit: "budget", limitMs: 300 }) }),
    );
  });

  /**
   * A call to a TMDB failing with 500s, on a clock that moves as the call goes: `attemptMs`
   * an attempt plus each backoff it waits (75, 150, 300 ms... with the jitter pinned), the
   * same steps however busy the machine is.
   */
  async function failingCall(attemptMs: number, budgetMs: number) {
    const backoffs = [75, 150, 300, 600, 1000];
    let clock = 1_000_000;
    const events: string[] = [];
    const http = createTmdbHttpClient({
      baseUrl: fake().baseUrl,
      credential: chooseCredential({ accessToken: TOKEN }),
      timeoutMs: 2000,
      budgetMs,
      maxRetries: 5,
      rateLimitPerSecond: 1000,
      logger: recordingLogger(),
      random: () => 0.5,
      now: () => clock,
      observer: {
        ...NO_UPSTREAM_OBSERVER,
        attempt: (_endpoint, status) => {
          events.push(`attempt ${status}`);
          clock += attemptMs;
        },
        retry: (_endpoint, reason) => {
          clock += backoffs[events.filter((event) => event.startsWith("retry")).length] ?? 0;
          events.push(`retry ${reason}`);
        },
        rejected: (_endpoint, reason) => events.push(`rejected ${reason}`),
      },
    });
    clients.push(http);
    fake().setFault("status_500");
    const error = await rejectionOf(
      http.get("/search/movie", { query: "matrix", page: 1 }, tmdbMoviePageSchema),
    );
    return { error, events };
  }

  it("starts no retry that could not finish within the budget: TMDB's failure, not a timeout", async () => {
    const { error, events } = await failingCall(5, 500);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    // At 5 ms, 85 ms and 240 ms; a third backoff would end at 540 ms, past the 500 ms budget.
    expect(events).toEqual([
      "attempt 500",
      "retry server_error",
      "attempt 500",
      "retry server_error",
      "attempt 500",
    ]);
    expect(searches()).toBe(3);
  });

  it("starts no retry into the budget's last moments, where no attempt may start", async () => {
    // A backoff ending at 285 ms of a 300 ms budget leaves too little for an attempt: the call
    // ends there as TMDB failing (not as "too many requests", which a refused slot would say).
    const { error, events } = await failingCall(30, 300);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(events).toEqual(["attempt 500", "retry server_error", "attempt 500"]);
  });
});
