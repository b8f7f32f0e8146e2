import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseCredential } from "../../../src/catalog/tmdb/credentials.js";
import { createGenreNames } from "../../../src/catalog/tmdb/genre-names.js";
import { createTmdbHttpClient } from "../../../src/catalog/tmdb/http-client.js";
import { type FakeTmdb, startFakeTmdb } from "../../fake-tmdb/server.js";
import { recordingLogger, TOKEN } from "./support.js";

let fake: FakeTmdb | undefined;
afterEach(() => fake?.close());

async function genreNames(options: { failGenreList?: boolean; retryAfterFailureMs?: number } = {}) {
  fake = await startFakeTmdb({ accessToken: TOKEN, failGenreList: options.failGenreList });
  const logger = recordingLogger();
  const client = createTmdbHttpClient({
    baseUrl: fake.baseUrl,
    credential: chooseCredential({ accessToken: TOKEN }),
    timeoutMs: 2000,
    // One request per lookup, so the counts below are lookups.
    maxRetries: 0,
    logger,
  });
  const names = createGenreNames(client, "en-US", logger, options.retryAfterFailureMs);
  const genreCalls = () =>
    fake?.requests.filter((request) => request.path === "/3/genre/movie/list") ?? [];
  return { names, logger, genreCalls };
}

describe("createGenreNames", () => {
  it("fetches /genre/movie/list lazily, once, in the request language", async () => {
    const { names, genreCalls } = await genreNames();
    expect(genreCalls()).toEqual([]);
    const [lookup] = await Promise.all([names.lookup(), names.lookup()]);
    await names.lookup();
    expect(lookup(878)).toBe("Science Fiction");
    expect(genreCalls()).toHaveLength(1);
    expect(genreCalls()[0]?.query.language).toBe("en-US");
  });

  it("falls back to the built-in table, with a warning, when TMDB can't say", async () => {
    const { names, logger } = await genreNames({ failGenreList: true });
    const lookup = await names.lookup();
    expect(lookup(28)).toBe("Action");
    expect(logger.calls.some((call) => call.level === "warn" && /built-in/.test(call.msg))).toBe(
      true,
    );
  });

  it("asks TMDB again only after a while once it has failed", async () => {
    const { names, genreCalls } = await genreNames({
      failGenreList: true,
      retryAfterFailureMs: 50,
    });
    await names.lookup();
    await names.lookup();
    expect(genreCalls()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await names.lookup();
    await vi.waitFor(() => expect(genreCalls()).toHaveLength(2));
  });

  it("refreshes the names daily in the background, keeping the old ones when that fails", async () => {
    fake = await startFakeTmdb({ accessToken: TOKEN });
    let now = 0;
    const logger = recordingLogger();
    const client = createTmdbHttpClient({
      baseUrl: fake.baseUrl,
      credential: chooseCredential({ accessToken: TOKEN }),
      timeoutMs: 2000,
      maxRetries: 0,
      logger,
    });
    const day = 24 * 3_600_000;
    const names = createGenreNames(client, "en-US", logger, { now: () => now });
    const genreCalls = () => fake?.count("/genre/movie/list") ?? 0;
    const first = await names.lookup();
    now += day - 1;
    expect(await names.lookup()).toBe(first);
    expect(genreCalls()).toBe(1);

    now += 1;
    fake.setFault("status_500");
    // Due for a refresh: the caller still gets the names at once, the refresh runs behind.
    expect(await names.lookup()).toBe(first);
    await vi.waitFor(() => expect(logger.text()).toMatch(/keeping the names we have/));
    expect((await names.lookup())(878)).toBe("Science Fiction");

    fake.setFault(undefined);
    now += 60_000;
    await names.lookup();
    await vi.waitFor(async () => expect(await names.lookup()).not.toBe(first));
    expect(genreCalls()).toBe(3);
  });
});
