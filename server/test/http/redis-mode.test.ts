import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DETAILS_POLICY, SEARCH_POLICY } from "../../src/catalog/cache/policy.js";
import { REDIS_KEY_PREFIX } from "../../src/catalog/open-cached-tmdb-catalog.js";
import { type FakeTmdb, startFakeTmdb } from "../fake-tmdb/server.js";
import { freePort } from "../support/free-port.js";
import { startRedis, type TestRedis } from "../support/redis-server.js";
import { buildTmdbApp, type TmdbTestApp } from "../support/test-apps.js";

/**
 * The shared cache in a real `redis-server` on a loopback port: replicas
 * share answers, and Redis going away costs speed, never an error.
 */

const TOKEN = "redis-mode-token-MUST-NOT-LEAK-77e1";
let redis: TestRedis;
let tmdb: FakeTmdb;
let inspector: Redis;
const apps: TmdbTestApp[] = [];

beforeAll(async () => {
  [redis, tmdb] = await Promise.all([startRedis(), startFakeTmdb({ accessToken: TOKEN })]);
  inspector = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  inspector.on("error", () => {});
});
afterAll(async () => {
  inspector.disconnect();
  await Promise.all([redis.stop(), tmdb.close()]);
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((subject) => subject.close()));
});

/** A replica: its own process state (memory cache, breaker), the shared Redis and TMDB. */
async function replica(): Promise<TmdbTestApp> {
  const subject = await buildTmdbApp({ serverToken: TOKEN, tmdb, redisUrl: redis.url });
  apps.push(subject);
  await vi.waitFor(() => expect(subject.logs.text()).toContain("redis cache connected"), {
    timeout: 5000,
  });
  return subject;
}

async function storedKeys(): Promise<string[]> {
  if (inspector.status !== "ready") await inspector.connect().catch(() => {});
  return inspector.keys(`${REDIS_KEY_PREFIX}*`);
}

/** The running redis-server's process id, as it reports it (it changes when the test restarts it). */
async function redisPid(): Promise<number> {
  if (inspector.status !== "ready") await inspector.connect().catch(() => {});
  const pid = Number(/^process_id:(\d+)/m.exec(await inspector.info("server"))?.[1]);
  expect(pid).toBeGreaterThan(0);
  return pid;
}

describe("two app instances sharing one Redis", () => {
  it("the second serves what the first cached, without calling TMDB", async () => {
    const [first, second] = [await replica(), await replica()];
    const search = await first.app.inject("/api/search?q=matrix");
    const movie = await first.app.inject("/api/movies/603");
    expect([search.statusCode, movie.statusCode]).toEqual([200, 200]);
    await vi.waitFor(async () =>
      expect((await storedKeys()).filter((key) => /search|getMovie/.test(key))).toHaveLength(2),
    );

    const callsBefore = tmdb.requests.length;
    const fromShared = [
      await second.app.inject("/api/search?q=matrix"),
      await second.app.inject("/api/movies/603"),
    ];
    expect(fromShared.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(fromShared[0]?.body).toBe(search.body);
    expect(fromShared[1]?.body).toBe(movie.body);
    expect(tmdb.requests.length).toBe(callsBefore);
  });

  it("keeps each answer in Redis until its stale-if-error horizon, not just its fresh window", async () => {
    const first = await replica();
    const search = await first.app.inject("/api/search?q=ttl-probe");
    const movie = await first.app.inject("/api/movies/550");
    expect([search.statusCode, movie.statusCode]).toEqual([200, 200]);
    let searchKey: string | undefined;
    let movieKey: string | undefined;
    await vi.waitFor(async () => {
      const keys = await storedKeys();
      searchKey = keys.find((key) => key.includes(":search:") && key.includes("ttl-probe"));
      movieKey = keys.find((key) => key.includes(":getMovie:[550]"));
      expect([searchKey, movieKey]).not.toContain(undefined);
    });
    const minute = 60_000;
    const searchTtl = await inspector.pttl(searchKey as string);
    expect(searchTtl).toBeGreaterThan(SEARCH_POLICY.staleIfErrorMs - minute);
    expect(searchTtl).toBeLessThanOrEqual(SEARCH_POLICY.staleIfErrorMs);
    const movieTtl = await inspector.pttl(movieKey as string);
    expect(movieTtl).toBeGreaterThan(DETAILS_POLICY.staleIfErrorMs - minute);
    expect(movieTtl).toBeLessThanOrEqual(DETAILS_POLICY.staleIfErrorMs);
  });

  it("never writes the TMDB credential into Redis", async () => {
    const first = await replica();
    await first.app.inject("/api/search?q=alien");
    await vi.waitFor(async () => expect((await storedKeys()).length).toBeGreaterThan(0));
    for (const key of await storedKeys()) {
      expect(key).not.toContain(TOKEN);
      expect(await inspector.get(key)).not.toContain(TOKEN);
    }
  });
});

describe("Redis dying mid-test", () => {
  it("causes no 5xx: the apps answer straight from TMDB, log it, and reconnect", async () => {
    const [first, second] = [await replica(), await replica()];
    await first.app.inject("/api/search?q=jaws");

    const statuses: number[] = [];
    let running = true;
    const load = (async () => {
      for (let i = 0; running; i++) {
        const subject = i % 2 === 0 ? first : second;
        // Half repeat what was seen, half are new: both paths touch Redis.
        const query = i % 4 < 2 ? "jaws" : `new${i}`;
        statuses.push((await subject.app.inject(`/api/search?q=${query}`)).statusCode);
      }
    })();

    // Whatever fails, stop the load and bring Redis back: the tests after this one need both.
    let redisDown = false;
    try {
      await vi.waitFor(() => expect(statuses.length).toBeGreaterThan(20));
      await redis.kill();
      redisDown = true;
      const countAtKill = statuses.length;
      await vi.waitFor(
        () => {
          expect(first.logs.text()).toContain("redis cache unavailable");
          expect(second.logs.text()).toContain("redis cache unavailable");
        },
        { timeout: 5000 },
      );
      await vi.waitFor(async () => {
        expect(await metric(first, 'catalog_cache_store_up{store="redis"}')).toBe("0");
        expect(await metric(second, 'catalog_cache_store_up{store="redis"}')).toBe("0");
      });
      await vi.waitFor(() => expect(statuses.length).toBeGreaterThan(countAtKill + 20));

      await redis.start();
      redisDown = false;
      await vi.waitFor(
        () => {
          expect(first.logs.text()).toContain("redis cache reconnected");
          expect(second.logs.text()).toContain("redis cache reconnected");
        },
        { timeout: 10_000 },
      );
    } finally {
      running = false;
      await load;
      if (redisDown) await redis.start();
    }

    expect(statuses.length).toBeGreaterThan(40);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(await metric(first, 'catalog_cache_store_up{store="redis"}')).toBe("1");

    // Shared again: what one replica fetches now, the other serves from Redis.
    await first.app.inject("/api/search?q=heat");
    await vi.waitFor(async () =>
      expect((await storedKeys()).some((key) => key.includes("heat"))).toBe(true),
    );
    const calls = tmdb.count("/search/movie");
    expect((await second.app.inject("/api/search?q=heat")).statusCode).toBe(200);
    expect(tmdb.count("/search/movie")).toBe(calls);
  });

  it("starts and serves when Redis is not there at all", async () => {
    const subject = await buildTmdbApp({
      serverToken: TOKEN,
      tmdb,
      redisUrl: "redis://127.0.0.1:1",
    });
    apps.push(subject);
    expect((await subject.app.inject("/api/search?q=matrix")).statusCode).toBe(200);
    await vi.waitFor(() => expect(subject.logs.text()).toContain("redis cache unavailable"));
  });

  it("never logs the password a REDIS_URL carries", async () => {
    const password = "pw-MUST-NOT-LEAK-5c2d";
    const closedPort = await freePort();
    const subject = await buildTmdbApp({
      serverToken: TOKEN,
      tmdb,
      redisUrl: `redis://:${password}@127.0.0.1:${closedPort}`,
    });
    apps.push(subject);
    expect((await subject.app.inject("/api/search?q=matrix")).statusCode).toBe(200);
    await vi.waitFor(() => expect(subject.logs.text()).toContain("redis cache unavailable"));
    expect(subject.logs.text()).not.toContain(password);
  });
});

describe("Redis hung (stopped, not dead)", () => {
  it("costs a request no more than the store's command timeout, and never a 5xx", async () => {
    const subject = await replica();
    const pid = await redisPid();
    // The connection stays open and every command goes unanswered, as with a hung server.
    process.kill(pid, "SIGSTOP");
    try {
      // The store gives up on a read after 250 ms (redis-store.ts); TMDB's fake answers at once.
      const bound = 1500;
      for (const query of ["hung-dune", "hung-rocky", "hung-heat"]) {
        const started = performance.now();
        const answer = await within(bound, subject.app.inject(`/api/search?q=${query}`));
        expect(answer.statusCode).toBe(200);
        expect(performance.now() - started).toBeLessThan(bound);
      }
      const failedReads = await metric(
        subject,
        'catalog_cache_store_errors_total{store="redis",operation="get"}',
      );
      expect(Number(failedReads)).toBeGreaterThanOrEqual(3);
    } finally {
      process.kill(pid, "SIGCONT");
    }
  });
});

/** `work`, or a rejection once `ms` have passed without it settling. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function metric(subject: TmdbTestApp, sample: string): Promise<string | undefined> {
  const text = (await subject.app.inject("/metrics")).body;
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${sample} `));
  return line?.split(" ")[1];
}
