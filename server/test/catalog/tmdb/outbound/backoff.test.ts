import { describe, expect, it } from "vitest";
import {
  rateLimitPauseMs,
  retryAfterMs,
  retryDelayMs,
} from "../../../../src/catalog/tmdb/outbound/backoff.js";
import { endpointLabel } from "../../../../src/catalog/tmdb/outbound/endpoint-label.js";

describe("retryDelayMs", () => {
  it("doubles from 100 ms up to a 1 s cap, with half of it random", () => {
    expect([0, 1, 2, 3, 4, 10].map((retry) => retryDelayMs(retry, () => 0))).toEqual([
      50, 100, 200, 400, 500, 500,
    ]);
    expect([0, 1, 2, 3, 4, 10].map((retry) => retryDelayMs(retry, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });
});

describe("rateLimitPauseMs", () => {
  it("waits 1 s, 2 s, 4 s... for 429s in a row, up to 30 s, ±25 %", () => {
    expect([1, 2, 3, 6, 20].map((n) => rateLimitPauseMs(n, () => 0.5))).toEqual([
      1000, 2000, 4000, 30_000, 30_000,
    ]);
    expect(rateLimitPauseMs(1, () => 0)).toBe(750);
    expect(rateLimitPauseMs(1, () => 1)).toBe(1250);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it("reads delta-seconds and HTTP dates", () => {
    expect(retryAfterMs("2", now)).toBe(2000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:07 GMT", now)).toBe(7000);
    expect(retryAfterMs("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0);
  });

  it("says nothing for an absent or unreadable header", () => {
    for (const header of [undefined, null, "", "soon", "-1", "1.5"]) {
      expect(retryAfterMs(header, now)).toBeUndefined();
    }
  });
});

describe("endpointLabel", () => {
  it("folds ids so the metric label set stays small", () => {
    expect(endpointLabel("/movie/603")).toBe("/movie/{id}");
    expect(endpointLabel("/movie/603/recommendations")).toBe("/movie/{id}/recommendations");
    expect(endpointLabel("/search/movie")).toBe("/search/movie");
    expect(endpointLabel("/trending/movie/week")).toBe("/trending/movie/week");
  });
});
