import { describe, expect, it } from "vitest";
import { ApiError, NETWORK_ERROR } from "./api-error";
import { createQueryClient, shouldRetry } from "./query-client";

describe("query defaults", () => {
  it("never retries a 4xx", () => {
    expect(shouldRetry(0, new ApiError(404, "not_found", "nope"))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, "rate_limited", "slow down", 5))).toBe(false);
  });

  it("never retries a 504 or 503: the API has already waited and retried upstream", () => {
    expect(shouldRetry(0, new ApiError(504, "upstream_timeout", "slow"))).toBe(false);
    expect(shouldRetry(0, new ApiError(503, "upstream_unavailable", "down", 5))).toBe(false);
    expect(shouldRetry(0, new ApiError(503, "upstream_unavailable", "down"))).toBe(false);
  });

  it("retries a network failure, a 500 or a 502 once, not twice", () => {
    const failures = [
      new ApiError(0, NETWORK_ERROR, "offline"),
      new ApiError(500, "internal_error", "oops"),
      new ApiError(502, "upstream_bad_response", "garbled"),
    ];
    for (const error of failures) {
      expect(shouldRetry(0, error), `status ${error.status}`).toBe(true);
      expect(shouldRetry(1, error), `status ${error.status}`).toBe(false);
    }
  });

  it("does not retry an error that is not an API answer (a bug won't fix itself)", () => {
    expect(shouldRetry(0, new TypeError("x is undefined"))).toBe(false);
  });

  it("keeps answers fresh for a minute", () => {
    expect(createQueryClient().getDefaultOptions().queries?.staleTime).toBe(60_000);
  });
});
