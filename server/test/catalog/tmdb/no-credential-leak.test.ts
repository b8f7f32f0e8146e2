import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MovieCatalog } from "../../../src/catalog/port.js";
import {
  FAULT_MOVIE_IDS,
  FAULT_QUERIES,
  type FakeTmdb,
  startFakeTmdb,
} from "../../fake-tmdb/server.js";
import {
  API_KEY,
  openTmdbCatalog,
  recordingLogger,
  TOKEN,
  WRONG_API_KEY,
  WRONG_TOKEN,
} from "./support.js";

let fake: FakeTmdb;
let closedBaseUrl: string;
beforeAll(async () => {
  fake = await startFakeTmdb({ accessToken: TOKEN, apiKey: API_KEY });
  const closed = await startFakeTmdb();
  closedBaseUrl = closed.baseUrl;
  await closed.close();
});
afterAll(() => fake.close());

/** Every kind of outcome: success, each fault, not found, bad page, timeout. */
async function exercise(catalog: MovieCatalog): Promise<string[]> {
  const outcomes = [
    catalog.search({ text: "matrix", page: 1 }),
    catalog.search({ text: "matrix", page: 501 }),
    catalog.getMovie(603),
    catalog.getMovie(999_999_999),
    ...Object.values(FAULT_QUERIES).map((text) => catalog.search({ text, page: 1 })),
    ...Object.values(FAULT_MOVIE_IDS).map((id) => catalog.getMovie(id)),
  ];
  const settled = await Promise.allSettled(outcomes);
  return settled.flatMap((outcome) =>
    outcome.status === "rejected" ? [String(outcome.reason), String(outcome.reason?.stack)] : [],
  );
}

describe("the credential never leaks into an error or a log line", () => {
  it.each([
    ["a valid access token", { accessToken: TOKEN }, TOKEN],
    ["a valid API key", { apiKey: API_KEY }, API_KEY],
    ["a wrong access token", { accessToken: WRONG_TOKEN }, WRONG_TOKEN],
    ["a wrong API key", { apiKey: WRONG_API_KEY }, WRONG_API_KEY],
  ])("with %s", async (_, credential, secret) => {
    const logger = recordingLogger();
    const catalog = openTmdbCatalog({
      baseUrl: fake.baseUrl,
      timeoutMs: 200,
      logger,
      ...credential,
    });
    const errors = await exercise(catalog);
    expect(errors.length).toBeGreaterThan(5);
    expect(logger.calls.length).toBeGreaterThan(0);
    for (const text of [...errors, logger.text()]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain("api_key");
    }
  });

  it("when TMDB can't be reached at all", async () => {
    const logger = recordingLogger();
    const catalog = openTmdbCatalog({ baseUrl: closedBaseUrl, apiKey: API_KEY, logger });
    const errors = await exercise(catalog);
    expect(logger.calls.length).toBeGreaterThan(0);
    for (const text of [...errors, logger.text()]) expect(text).not.toContain(API_KEY);
  });

  it("and error messages never quote TMDB's own words", async () => {
    const catalog = openTmdbCatalog({
      baseUrl: fake.baseUrl,
      timeoutMs: 200,
      logger: recordingLogger(),
      accessToken: WRONG_TOKEN,
    });
    const errors = await exercise(catalog);
    for (const text of errors)
      expect(text).not.toMatch(/Invalid API key|status_code|Something went wrong/);
  });
});
