import { type AddressInfo, connect } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FaultName } from "../fake-tmdb/server.js";
import { buildTmdbApp, type TmdbTestApp } from "../support/test-apps.js";

/**
 * What a viewer gets when TMDB misbehaves, end to end through the app (cache,
 * coalescing, outbound discipline) against the fake TMDB, with the
 * production defaults for timeouts and budget (3 s per attempt, 4.5 s per
 * request). Assertions are on statuses, bodies and upstream call counts; the
 * only clock bound is the requirement itself (an answer within 5 s).
 */

const TOKEN = "faults-token-MUST-NOT-LEAK-0a1b";
const HOUR = 3_600_000;
const apps: TmdbTestApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((subject) => subject.close()));
});

async function app(options: Partial<Parameters<typeof buildTmdbApp>[0]> = {}) {
  const subject = await buildTmdbApp({ serverToken: TOKEN, timeoutMs: 3000, ...options });
  apps.push(subject);
  return subject;
}

function clock() {
  let now = Date.now();
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function timed(subject: TmdbTestApp, url: string) {
  const started = Date.now();
  const response = await subject.app.inject(url);
  return { response, ms: Date.now() - started };
}

type Breakage = FaultName | "refused";

async function breakTmdb(subject: TmdbTestApp, breakage: Breakage) {
  if (breakage === "refused") await subject.tmdb.suspend();
  else subject.tmdb.setFault(breakage);
}

describe("TMDB failing", () => {
  it.each([
    ["answers 500", "status_500", 503, "upstream_unavailable"],
    ["is in maintenance (503)", "status_503", 503, "upstream_unavailable"],
    ["rate-limits us (429 with Retry-After)", "status_429", 503, "upstream_rate_limited"],
    [
      "rate-limits us (429 without Retry-After)",
      "status_429_no_retry_after",
      503,
      "upstream_rate_limited",
    ],
    ["sends malformed JSON", "malformed", 502, "upstream_bad_response"],
    ["hangs", "hang", 504, "upstream_timeout"],
    ["refuses connections", "refused", 503, "upstream_unavailable"],
  ] as const)(
    "when TMDB %s (%s): what viewers saw before still answers 200, new queries JSON %i %s, all within 5 s",
    async (_, breakage, status, code) => {
      const time = clock();
      const subject = await app({ now: time.now });
      const seenSearch = await subject.app.inject("/api/search?q=matrix");
      const seenMovie = await subject.app.inject("/api/movies/603");
      expect([seenSearch.statusCode, seenMovie.statusCode]).toEqual([200, 200]);

      // Two hours on: past the fresh and revalidate windows, inside stale-if-error.
      time.advance(2 * HOUR);
      await breakTmdb(subject, breakage);
      const [search, movie, fresh] = await Promise.all([
        timed(subject, "/api/search?q=matrix"),
        timed(subject, "/api/movies/603"),
        timed(subject, "/api/search?q=alien"),
      ]);

      expect(search.response.statusCode).toBe(200);
      expect(search.response.body).toBe(seenSearch.body);
      expect(movie.response.statusCode).toBe(200);
      expect(movie.response.body).toBe(seenMovie.body);

      expect(fresh.response.statusCode).toBe(status);
      expect(fresh.response.headers["content-type"]).toMatch(/^application\/json/);
      expect(fresh.response.json()).toEqual({ error: { code, message: expect.any(String) } });
      if (status === 503) expect(Number(fresh.response.headers["retry-after"])).toBeGreaterThan(0);
      for (const answer of [search, movie, fresh]) expect(answer.ms).toBeLessThan(5000);
    },
  );

  it("recovers by itself once TMDB is back: the circuit probes and closes", async () => {
    const subject = await app({
      limits: { maxRetries: 0, circuitFailureThreshold: 3, circuitCooldownMs: 300 },
    });
    subject.tmdb.setFault("status_503");
    for (let i = 0; i < 3; i++) await subject.app.inject(`/api/search?q=down${i}`);
    const callsWhileOpen = subject.tmdb.count("/search/movie");
    const fast = await subject.app.inject("/api/search?q=fails-fast");
    expect(fast.statusCode).toBe(503);
    expect(subject.tmdb.count("/search/movie")).toBe(callsWhileOpen);
    expect(await metric(subject, "tmdb_circuit_state")).toBe("2");

    subject.tmdb.setFault(undefined);
    await vi.waitFor(
      async () => expect((await subject.app.inject("/api/search?q=alien")).statusCode).toBe(200),
      { timeout: 5000, interval: 100 },
    );
    expect(await metric(subject, "tmdb_circuit_state")).toBe("0");
    expect((await subject.app.inject("/api/search?q=heat")).statusCode).toBe(200);
  });

  it("recovers after an outage of refused connections too", async () => {
    const subject = await app({ limits: { circuitCooldownMs: 200 } });
    await subject.tmdb.suspend();
    for (let i = 0; i < 6; i++) {
      expect((await subject.app.inject(`/api/search?q=gone${i}`)).statusCode).toBe(503);
    }
    await subject.tmdb.resume();
    await vi.waitFor(
      async () => expect((await subject.app.inject("/api/search?q=alien")).statusCode).toBe(200),
      { timeout: 5000, interval: 100 },
    );
  });
});

describe("TMDB hanging", () => {
  it("answers JSON 504 within the request's budget, having asked TMDB once", async () => {
    const subject = await app({ timeoutMs: 10_000, limits: { budgetMs: 1500 } });
    subject.tmdb.setFault("hang");
    const { response, ms } = await timed(subject, "/api/search?q=matrix");
    expect(response.statusCode).toBe(504);
    expect(response.json().error.code).toBe("upstream_timeout");
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(1500 + 1500);
    expect(subject.tmdb.count("/search/movie")).toBe(1);
  });
});

describe("a viewer going away", () => {
  it("cancels the TMDB call it was waiting on as soon as its connection closes", async () => {
    // Nothing but the viewer leaving ends the call early: TMDB hangs, and timeout and budget are long.
    const subject = await app({ timeoutMs: 10_000, limits: { budgetMs: 10_000 } });
    await subject.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = subject.app.server.address() as AddressInfo;
    subject.tmdb.setFault("hang");

    const viewer = connect(port, "127.0.0.1");
    viewer.on("error", () => {});
    viewer.write("GET /api/search?q=matrix HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await vi.waitFor(() => expect(subject.tmdb.count("/search/movie")).toBe(1), {
      timeout: 2000,
      interval: 10,
    });
    const openWhileAsking = subject.tmdb.connections.open;
    expect(openWhileAsking).toBeGreaterThan(0);

    viewer.destroy();
    // The app hangs up on TMDB: the connection that carried the call closes.
    await vi.waitFor(() => expect(subject.tmdb.connections.open).toBe(openWhileAsking - 1), {
      timeout: 1000,
      interval: 10,
    });
    expect(subject.tmdb.count("/search/movie")).toBe(1);
  });
});

describe("many viewers asking the same thing", () => {
  it("100 identical concurrent cold searches reach TMDB once", async () => {
    const subject = await app({ fakeOptions: { latencyMs: 200 } });
    const before = subject.tmdb.requests.length;
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => subject.app.inject("/api/search?q=dune")),
    );
    expect(answers.every((answer) => answer.statusCode === 200)).toBe(true);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(subject.tmdb.requests.length - before).toBe(1);
    expect(subject.tmdb.count("/search/movie")).toBe(1);
  });

  it("100 identical concurrent cold details requests reach TMDB once", async () => {
    const subject = await app({ fakeOptions: { latencyMs: 200 } });
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => subject.app.inject("/api/movies/603")),
    );
    expect(answers.every((answer) => answer.statusCode === 200)).toBe(true);
    expect(subject.tmdb.count("/movie/603")).toBe(1);
  });
});

/** One sample's value from /metrics, as text. */
async function metric(subject: TmdbTestApp, name: string): Promise<string | undefined> {
  const text = (await subject.app.inject("/metrics")).body;
  return new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text)?.[1];
}
