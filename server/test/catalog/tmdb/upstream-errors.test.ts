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
import { errorForUpstreamFailure } from "../../../src/catalog/tmdb/upstream-errors.js";

const failure = (status: number, tmdbCode?: number, retryAfterSeconds = 0) =>
  errorForUpstreamFailure({ status, tmdbCode, retryAfterSeconds });

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

describe("a 429's Retry-After for our callers", () => {
  it("is the pause in whole seconds, rounded up, never less than one", () => {
    const wait = (seconds: number) =>
      (failure(429, 25, seconds) as UpstreamRateLimitedError).retryAfterSeconds;
    expect(wait(2)).toBe(2);
    expect(wait(2.1)).toBe(3);
    expect(wait(0)).toBe(1);
  });
});
