import { describe, expect, it } from "vitest";
import {
  DETAILS_POLICY,
  LIST_POLICY,
  MAX_CACHE_AGE_MS,
  policyFor,
  SEARCH_POLICY,
} from "../../../src/catalog/cache/policy.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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

  // The windows docs/operations.md's cache table promises operators, exactly.
  // (Genre names are kept by the TMDB adapter, not by these policies.)
  it("are the windows docs/operations.md documents", () => {
    const documented = {
      search: { freshMs: 10 * MINUTE, staleWhileRevalidateMs: HOUR, staleIfErrorMs: DAY },
      browse: { freshMs: 10 * MINUTE, staleWhileRevalidateMs: HOUR, staleIfErrorMs: DAY },
      getMovie: { freshMs: 12 * HOUR, staleWhileRevalidateMs: DAY, staleIfErrorMs: 7 * DAY },
    };
    expect(SEARCH_POLICY).toEqual(documented.search);
    expect(LIST_POLICY).toEqual(documented.browse);
    expect(DETAILS_POLICY).toEqual(documented.getMovie);
    for (const [method, policy] of Object.entries(documented)) {
      expect(policyFor(method)).toEqual(policy);
    }
    // "any other port method: as browse rows"
    expect(policyFor("somethingNew")).toEqual(documented.browse);
  });

  it("give a method added to the port later the short, list policy", () => {
    expect(policyFor("somethingNew")).toBe(LIST_POLICY);
  });
});
