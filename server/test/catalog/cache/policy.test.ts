import { describe, expect, it } from "vitest";
import {
  DETAILS_POLICY,
  LIST_POLICY,
  MAX_CACHE_AGE_MS,
  policyFor,
  SEARCH_POLICY,
} from "../../../src/catalog/cache/policy.js";

const HOUR = 3_600_000;

describe("cache policies", () => {
  it("keep every window in order and under TMDB's six-month limit", () => {
    for (const policy of [SEARCH_POLICY, LIST_POLICY, DETAILS_POLICY]) {
      expect(policy.freshMs).toBeGreaterThan(0);
      expect(policy.staleWhileRevalidateMs).toBeGreaterThanOrEqual(policy.freshMs);
      expect(policy.staleIfErrorMs).toBeGreaterThanOrEqual(policy.staleWhileRevalidateMs);
      expect(policy.staleIfErrorMs).toBeLessThanOrEqual(MAX_CACHE_AGE_MS);
    }
    expect(MAX_CACHE_AGE_MS).toBeLessThan(183 * 24 * HOUR);
  });

  it("keep details longer than search and lists, as they change less", () => {
    expect(policyFor("getMovie")).toBe(DETAILS_POLICY);
    expect(policyFor("search")).toBe(SEARCH_POLICY);
    expect(policyFor("browse")).toBe(LIST_POLICY);
    expect(DETAILS_POLICY.freshMs).toBeGreaterThan(SEARCH_POLICY.freshMs);
    expect(SEARCH_POLICY.freshMs).toBe(10 * 60_000);
    expect(DETAILS_POLICY.freshMs).toBe(12 * HOUR);
  });

  it("give a method added to the port later the short, list policy", () => {
    expect(policyFor("somethingNew")).toBe(LIST_POLICY);
  });
});
