import { afterAll, afterEach, beforeAll } from "vitest";
import { chooseCredential } from "../../../../src/catalog/tmdb/credentials.js";
import {
  createTmdbHttpClient,
  type TmdbHttpClient,
} from "../../../../src/catalog/tmdb/http-client.js";
import type { OutboundLimits } from "../../../../src/catalog/tmdb/outbound/limits.js";
import type { UpstreamObserver } from "../../../../src/catalog/tmdb/outbound/observer.js";
import { tmdbMoviePageSchema } from "../../../../src/catalog/tmdb/schemas.js";
import { type FakeTmdb, startFakeTmdb } from "../../../fake-tmdb/server.js";
import { recordingLogger, TOKEN } from "../support.js";

/** Every outbound event a client reports, as "attempt /search/movie 500" and the like. */
export function recordingObserver() {
  const events: string[] = [];
  const observer: UpstreamObserver = {
    attempt: (endpoint, status) => events.push(`attempt ${endpoint} ${status}`),
    rejected: (endpoint, reason) => events.push(`rejected ${endpoint} ${reason}`),
    retry: (endpoint, reason) => events.push(`retry ${endpoint} ${reason}`),
    circuit: (state) => events.push(`circuit ${state}`),
    coalesced: (endpoint) => events.push(`coalesced ${endpoint}`),
  };
  return { observer, events };
}

/**
 * The fake TMDB for one test file, reset after each test (faults, latency,
 * the requests it saw), and the TMDB clients the tests make, closed after
 * each test.
 */
export function useOutboundFake() {
  let running: FakeTmdb | undefined;
  const clients: TmdbHttpClient[] = [];
  beforeAll(async () => {
    running = await startFakeTmdb({ accessToken: TOKEN });
  });
  afterAll(() => running?.close());
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((http) => http.close()));
    fake().setFault(undefined);
    fake().setLatency(0);
    fake().requests.length = 0;
  });

  function fake(): FakeTmdb {
    if (!running) throw new Error("the fake TMDB is not up yet");
    return running;
  }

  /** `now`, when given, is the clock of the rate limiter, the budget and the circuit breaker. */
  function client(limits: OutboundLimits = {}, timeoutMs = 2000, now?: () => number) {
    const { observer, events } = recordingObserver();
    const logger = recordingLogger();
    const http = createTmdbHttpClient({
      rateLimitPerSecond: 1000,
      ...limits,
      baseUrl: fake().baseUrl,
      credential: chooseCredential({ accessToken: TOKEN }),
      timeoutMs,
      logger,
      observer,
      random: () => 0.5,
      ...(now === undefined ? {} : { now }),
    });
    clients.push(http);
    const search = (query: string, signal?: AbortSignal) =>
      http.get("/search/movie", { query, page: 1 }, tmdbMoviePageSchema, signal);
    return { http, search, events, logger };
  }

  /** Searches that reached the fake TMDB since the test began. */
  const searches = () => fake().count("/search/movie");

  return { fake, clients, client, searches };
}
