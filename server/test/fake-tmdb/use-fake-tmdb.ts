import { afterAll, beforeAll } from "vitest";
import { type FakeTmdb, startFakeTmdb } from "./server.js";

export const TOKEN = "fake-server-test-token";
export const KEY = "fake-server-test-key";

/**
 * Starts one fake for the calling test file and gives a `get` that calls a
 * path under its /3 base, with the bearer token unless told otherwise.
 */
export function useFakeTmdb() {
  let fake: FakeTmdb | undefined;
  beforeAll(async () => {
    fake = await startFakeTmdb({ accessToken: TOKEN, apiKey: KEY });
  });
  afterAll(() => fake?.close());

  const current = (): FakeTmdb => {
    if (!fake) throw new Error("the fake TMDB has not started yet");
    return fake;
  };
  async function get(
    path: string,
    headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` },
  ) {
    const response = await fetch(`${current().baseUrl}${path}`, { headers });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: () => JSON.parse(text),
    };
  }
  return { fake: current, get };
}
