import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp, buildTmdbApp, type TmdbTestApp } from "../support/test-apps.js";

/** Every sample line of a Prometheus text exposition, without comments. */
function samples(text: string): string[] {
  return text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
}

describe("/metrics", () => {
  let subject: TmdbTestApp;
  let text: string;
  beforeAll(async () => {
    subject = await buildTmdbApp({ serverToken: "metrics-token" });
    await subject.app.inject("/api/search?q=matrix");
    await subject.app.inject("/api/search?q=matrix");
    await subject.app.inject("/api/movies/603");
    await subject.app.inject("/api/movies/604");
    await subject.app.inject("/api/search?q=__status_500__");
    await subject.app.inject("/no/such/page/42");
    const response = await subject.app.inject("/metrics");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    text = response.body;
  });
  afterAll(() => subject.close());

  it("counts and times HTTP requests by method, route template and status", () => {
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/search",status="200"\} 2$/m,
    );
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/movies\/:id",status="200"\} 2$/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/search",status="200"\} \d+$/m,
    );
    expect(text).toMatch(/^http_requests_total\{method="GET",route="unmatched",status="404"\} 1$/m);
  });

  it("never labels with a raw URL, so the number of series stays bounded", () => {
    for (const line of samples(text)) {
      expect(line).not.toMatch(/[?&]q=|\/api\/movies\/\d|\/no\/such/);
    }
  });

  it("counts TMDB requests by endpoint template and status, with their latency", () => {
    expect(text).toMatch(/^tmdb_requests_total\{endpoint="\/search\/movie",status="200"\} 1$/m);
    expect(text).toMatch(/^tmdb_requests_total\{endpoint="\/movie\/\{id\}",status="200"\} 2$/m);
    expect(text).toMatch(/^tmdb_requests_total\{endpoint="\/search\/movie",status="500"\} 3$/m);
    expect(text).toMatch(
      /^tmdb_retries_total\{endpoint="\/search\/movie",reason="server_error"\} 2$/m,
    );
    expect(text).toMatch(
      /^tmdb_request_duration_seconds_count\{endpoint="\/genre\/movie\/list"\} 1$/m,
    );
    expect(text).toMatch(/^tmdb_circuit_state 0$/m);
  });

  it("counts cache hits and misses by port method", () => {
    expect(text).toMatch(/^catalog_cache_hits_total\{method="search"\} 1$/m);
    expect(text).toMatch(/^catalog_cache_misses_total\{method="search"\} 2$/m);
    expect(text).toMatch(/^catalog_cache_misses_total\{method="getMovie"\} 2$/m);
    expect(text).toContain("# TYPE catalog_cache_stale_served_total counter");
  });

  it("includes Node's default metrics", () => {
    expect(text).toMatch(/^process_cpu_user_seconds_total \S+$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \S+$/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \S+$/m);
  });
});

describe("/metrics when TMDB misbehaves", () => {
  const TOKEN = "metrics-faults-token";
  let subject: TmdbTestApp | undefined;
  afterEach(async () => {
    await subject?.close();
    subject = undefined;
  });

  const metricsText = async (app: TmdbTestApp) => (await app.app.inject("/metrics")).body;

  it("counts a last good answer served because TMDB failed", async () => {
    let now = Date.now();
    subject = await buildTmdbApp({
      serverToken: TOKEN,
      now: () => now,
      limits: { maxRetries: 0 },
    });
    const seen = await subject.app.inject("/api/search?q=matrix");
    expect(seen.statusCode).toBe(200);
    // Two hours on: past the fresh and revalidate windows, inside stale-if-error.
    now += 2 * 3_600_000;
    subject.tmdb.setFault("status_500");
    const stale = await subject.app.inject("/api/search?q=matrix");
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(seen.body);
    expect(await metricsText(subject)).toMatch(
      /^catalog_cache_stale_served_total\{method="search",reason="error"\} 1$/m,
    );
  });

  it("counts TMDB calls not sent because the circuit is open", async () => {
    subject = await buildTmdbApp({
      serverToken: TOKEN,
      limits: { maxRetries: 0, circuitFailureThreshold: 3, circuitCooldownMs: 60_000 },
    });
    subject.tmdb.setFault("status_503");
    for (let i = 0; i < 3; i++) await subject.app.inject(`/api/search?q=down${i}`);
    const sent = subject.tmdb.count("/search/movie");
    expect((await subject.app.inject("/api/search?q=fails-fast")).statusCode).toBe(503);
    expect(subject.tmdb.count("/search/movie")).toBe(sent);
    expect(await metricsText(subject)).toMatch(
      /^tmdb_requests_rejected_total\{endpoint="\/search\/movie",reason="circuit_open"\} 1$/m,
    );
  });

  it("counts TMDB calls that joined an identical one in flight", async () => {
    subject = await buildTmdbApp({ serverToken: TOKEN, fakeOptions: { latencyMs: 200 } });
    // Two answers (sorted differently, so cached apart) from one and the same TMDB search.
    const answers = await Promise.all([
      subject.app.inject("/api/search?q=dune"),
      subject.app.inject("/api/search?q=dune&sort=rating"),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(subject.tmdb.count("/search/movie")).toBe(1);
    expect(await metricsText(subject)).toMatch(
      /^tmdb_requests_coalesced_total\{endpoint="\/search\/movie"\} 1$/m,
    );
  });
});

describe("request logs", () => {
  it("write one JSON line per request with its id, route, status and time", async () => {
    const { app, logs } = await buildOfflineApp();
    await app.inject({ url: "/api/search?q=alien", headers: { "x-request-id": "req-42" } });
    const completed = logs.lines().filter((line) => line.msg === "request completed");
    const search = completed.find((line) => line.route === "/api/search");
    expect(search).toMatchObject({
      reqId: "req-42",
      method: "GET",
      url: "/api/search?q=alien",
      status: 200,
      service: "netflix-clone",
    });
    expect(typeof search?.ms).toBe("number");
    expect(completed.filter((line) => line.reqId === "req-42")).toHaveLength(1);
    await app.close();
  });

  it("cover a URL answered before routing (undecodable): its id, its line, its sample", async () => {
    const { app, logs } = await buildOfflineApp();
    const response = await app.inject({
      url: "/api/movies/%zz",
      headers: { "x-request-id": "undecodable-1" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("bad_request");
    expect(response.headers["x-request-id"]).toBe("undecodable-1");
    expect(response.headers["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    const line = logs
      .lines()
      .find((entry) => entry.msg === "request completed" && entry.reqId === "undecodable-1");
    expect(line).toMatchObject({ status: 400, route: "unmatched", level: 30 });
    const metrics = (await app.inject("/metrics")).body;
    expect(metrics).toContain('http_requests_total{method="GET",route="unmatched",status="400"} 1');
    await app.close();
  });

  it("log quick successes at debug, client errors at info", async () => {
    const { app, logs } = await buildOfflineApp();
    await app.inject({ url: "/api/search?q=alien", headers: { "x-request-id": "ok-1" } });
    await app.inject({ url: "/api/search", headers: { "x-request-id": "bad-1" } });
    await app.inject({ url: "/healthz", headers: { "x-request-id": "probe-1" } });
    const levelOf = (reqId: string) =>
      logs.lines().find((line) => line.msg === "request completed" && line.reqId === reqId)?.level;
    expect(levelOf("ok-1")).toBe(20);
    expect(levelOf("probe-1")).toBe(20);
    expect(levelOf("bad-1")).toBe(30);
    await app.close();
  });
});

describe("slow answers in the request logs", () => {
  it("log a success that took a second or more at info, and the same answer served fast at debug", async () => {
    const subject = await buildTmdbApp({ serverToken: "slow-log-token" });
    subject.tmdb.setLatency(1100);
    const slow = await subject.app.inject({
      url: "/api/search?q=alien",
      headers: { "x-request-id": "slow-1" },
    });
    subject.tmdb.setLatency(0);
    // The same search again: from the cache, in well under a second.
    const fast = await subject.app.inject({
      url: "/api/search?q=alien",
      headers: { "x-request-id": "fast-1" },
    });
    expect([slow.statusCode, fast.statusCode]).toEqual([200, 200]);
    const lineOf = (reqId: string) =>
      subject.logs.lines().find((line) => line.msg === "request completed" && line.reqId === reqId);
    expect(lineOf("slow-1")).toMatchObject({ level: 30, status: 200, route: "/api/search" });
    expect(lineOf("slow-1")?.ms).toBeGreaterThanOrEqual(1000);
    expect(lineOf("fast-1")).toMatchObject({ level: 20, status: 200 });
    await subject.close();
  });
});

describe("probes and version", () => {
  it("/readyz is 503 while the catalog warms up and while draining; /healthz is 200 throughout", async () => {
    let ready = false;
    let draining = false;
    const { app } = await buildOfflineApp({ isReady: () => ready, isDraining: () => draining });
    const probe = async () => [
      (await app.inject("/healthz")).statusCode,
      (await app.inject("/readyz")).statusCode,
    ];
    expect(await probe()).toEqual([200, 503]);
    expect((await app.inject("/readyz")).json().status).toBe("starting");
    ready = true;
    expect(await probe()).toEqual([200, 200]);
    draining = true;
    expect(await probe()).toEqual([200, 503]);
    expect((await app.inject("/readyz")).json().status).toBe("draining");
    await app.close();
  });

  it("asks keep-alive clients to reconnect elsewhere while draining", async () => {
    let draining = false;
    const { app } = await buildOfflineApp({ isDraining: () => draining });
    expect((await app.inject("/api/search?q=heat")).headers.connection).not.toBe("close");
    draining = true;
    expect((await app.inject("/api/search?q=heat")).headers.connection).toBe("close");
    await app.close();
  });

  it("/healthz never asks TMDB, and is 200 while TMDB is gone", async () => {
    const subject = await buildTmdbApp({ serverToken: "probe-token" });
    await subject.tmdb.suspend();
    const before = subject.tmdb.requests.length;
    expect((await subject.app.inject("/healthz")).statusCode).toBe(200);
    expect(subject.tmdb.requests.length).toBe(before);
    await subject.close();
  });

  it("/version tells the build's revision", async () => {
    const { app } = await buildOfflineApp();
    expect((await app.inject("/version")).json()).toEqual({
      version: "dev",
      catalog: "offline",
      node: process.version,
    });
    await app.close();
  });
});
