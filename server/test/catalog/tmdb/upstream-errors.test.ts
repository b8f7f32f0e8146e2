import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  CatalogNotConfiguredError,
  NotFoundError,
  UpstreamBadResponseError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../../src/catalog/errors.js";
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  errorForUpstreamFailure,
  retryAfterSeconds,
} from "../../../src/catalog/tmdb/upstream-errors.js";

const failure = (status: number, tmdbCode?: number, retryAfter: string | null = null) =>
  errorForUpstreamFailure({ status, tmdbCode, retryAfter });

describe("errorForUpstreamFailure", () => {
  it.each([
    [404, 34, NotFoundError],
    [401, 7, CatalogNotConfiguredError],
    [429, 25, UpstreamRateLimitedError],
    [400, 22, BadRequestError],
    [400, 27, UpstreamBadResponseError],
    [422, undefined, UpstreamBadResponseError],
    [403, undefined, UpstreamBadResponseError],
    [500, 11, UpstreamUnavailableError],
    [502, undefined, UpstreamUnavailableError],
    [503, 9, UpstreamUnavailableError],
    [503, 46, UpstreamUnavailableError],
    [504, 24, UpstreamTimeoutError],
  ])("maps HTTP %i (TMDB code %s) to %o", (status, code, type) => {
    expect(failure(status, code)).toBeInstanceOf(type);
  });

  it("says a 401 is a configuration problem, in the words users see", () => {
    expect(failure(401, 7).message).toBe("The movie catalog is not configured correctly");
  });
});

describe("retryAfterSeconds", () => {
  it("reads delta-seconds", () => {
    expect(retryAfterSeconds("2")).toBe(2);
    expect(retryAfterSeconds(" 30 ")).toBe(30);
  });

  it("reads an HTTP date as the seconds until then", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterSeconds("Wed, 01 Jan 2025 00:00:10 GMT", now)).toBe(10);
  });

  it("never suggests less than a second", () => {
    expect(retryAfterSeconds("0")).toBe(1);
    expect(retryAfterSeconds("Wed, 01 Jan 2020 00:00:00 GMT")).toBe(1);
  });

  it("falls back to a default when the header is absent or unreadable", () => {
    expect(retryAfterSeconds(null)).toBe(DEFAULT_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds("soon")).toBe(DEFAULT_RETRY_AFTER_SECONDS);
  });
});
