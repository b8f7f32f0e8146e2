import { describe, expect, it } from "vitest";
import { measureSearchLatency } from "../../bench/search-latency.js";
import { realCatalog } from "../catalog/offline/support/real-data.js";

describe("the search latency benchmark", () => {
  it("times every query of every round and reports ordered percentiles", async () => {
    const report = await measureSearchLatency(
      await realCatalog(),
      ["matrix", "godfater", "king kong 2005"],
      5,
    );
    expect(report.samples).toBe(15);
    expect(report.p50Ms).toBeGreaterThan(0);
    expect(report.p99Ms).toBeGreaterThanOrEqual(report.p50Ms);
  });
});
