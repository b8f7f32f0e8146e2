import { describe, expect, it } from "vitest";
import { FAULT_MOVIE_IDS, FAULT_QUERIES } from "./server.js";
import { useFakeTmdb } from "./use-fake-tmdb.js";

const { get } = useFakeTmdb();

describe("the fake TMDB: faults", () => {
  it.each([
    ["status_500", 500, 11],
    ["status_503", 503, 9],
    ["status_504", 504, 24],
    ["status_429", 429, 25],
    ["status_429_no_retry_after", 429, 25],
  ] as const)(
    "%s answers %i with TMDB code %i on search and details",
    async (fault, status, code) => {
      for (const path of [
        `/search/movie?query=${FAULT_QUERIES[fault]}`,
        `/movie/${FAULT_MOVIE_IDS[fault]}`,
      ]) {
        const response = await get(path);
        expect(response.status).toBe(status);
        expect(response.json().status_code).toBe(code);
      }
    },
  );

  it("sends Retry-After: 2 only with the plain 429", async () => {
    expect(
      (await get(`/search/movie?query=${FAULT_QUERIES.status_429}`)).headers.get("retry-after"),
    ).toBe("2");
    const bare = await get(`/search/movie?query=${FAULT_QUERIES.status_429_no_retry_after}`);
    expect(bare.headers.get("retry-after")).toBeNull();
  });

  it("plays a 503 body without `success`", async () => {
    expect(
      (await get(`/search/movie?query=${FAULT_QUERIES.status_503}`)).json(),
    ).not.toHaveProperty("success");
  });

  it("sends invalid JSON, or JSON of the wrong shape, with 200", async () => {
    const malformed = await get(`/search/movie?query=${FAULT_QUERIES.malformed}`);
    expect(malformed.status).toBe(200);
    expect(() => malformed.json()).toThrow();
    const wrong = await get(`/movie/${FAULT_MOVIE_IDS.wrong_shape}`);
    expect(wrong.status).toBe(200);
    expect(typeof wrong.json().id).toBe("string");
  });

  it("hangs up without answering", async () => {
    await expect(get(`/search/movie?query=${FAULT_QUERIES.hang_up}`)).rejects.toThrow();
  });
});
