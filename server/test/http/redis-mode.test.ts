import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { REDIS_KEY_PREFIX } from "../../src/catalog/open-cached-tmdb-catalog.js";
import { type FakeTmdb, startFakeTmdb } from "../fake-tmdb/server.js";
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

    await vi.waitFor(() => expect(statuses.length).toBeGreaterThan(20));
    await redis.kill();
    const countAtKill = statuses.length;
    await vi.waitFor(
      () => {
        expect(first.logs.text()).toContain("redis cache unavailable");
        expect(second.logs.text()).toContain("redis cache unavailable");
      },
      { timeout: 5000 },
    );
    await vi.waitFor(() => expect(statuses.length).toBeGreaterThan(countAtKill + 20));

    await redis.start();
    await vi.waitFor(
      () => {
        expect(first.logs.text()).toContain("redis cache reconnected");
        expect(second.logs.text()).toContain("redis cache reconnected");
      },
      { timeout: 10_000 },
    );
    running = false;
    await load;

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
});

async function metric(subject: TmdbTestApp, sample: string): Promise<string | undefined> {
  const text = (await subject.app.inject("/metrics")).body;
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${sample} `));
  return line?.split(" ")[1];
}
