import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { createQueryClient, shouldRetry } from "./query-client";

describe("query defaults", () => {
  it("never retries a 4xx", () => {
    expect(shouldRetry(0, new ApiError(404, "not_found", "nope"))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, "rate_limited", "slow down"))).toBe(false);
  });

  it("retries a 5xx or network failure once, not twice", () => {
    expect(shouldRetry(0, new ApiError(503, "upstream_unavailable", "down"))).toBe(true);
    expect(shouldRetry(0, new ApiError(0, "network_error", "offline"))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, "upstream_unavailable", "down"))).toBe(false);
  });

  it("keeps answers fresh for a minute", () => {
    expect(createQueryClient().getDefaultOptions().queries?.staleTime).toBe(60_000);
  });
});
