import { describe, expect, it } from "vitest";
import type { PageScores } from "./budgets.js";
import { renderReport } from "./report.js";

const page = (overrides: Partial<PageScores> = {}): PageScores => ({
  name: "details",
  path: "/movie/1",
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  fcpMs: 1500,
  lcpMs: 2100,
  tbtMs: 150,
  cls: 0.001,
  benchmarkIndex: 2500,
  ...overrides,
});

const report = (pages: PageScores[], misses: string[] = []) =>
  renderReport({
    date: "2026-11-26",
    machine: "2 cores, Node v20.20.2",
    runsPerPage: 3,
    pages,
    homeJs: { kb: 101.7, files: ["/boot.js", "/assets/index.js"] },
    misses,
  });

describe("renderReport", () => {
  it("is a second-level section, so it sits under the benchmarks page's title", () => {
    const text = report([page()]);
    expect(text.startsWith("## Web speed and accessibility budget\n")).toBe(true);
    expect(text).not.toMatch(/^# /m);
  });

  it("writes a row per page with a mark against each budget", () => {
    const text = report([page(), page({ name: "home", path: "/", performance: 89 })]);
    expect(text).toContain(
      "| details | `/movie/1` | 95 ✅ | 100 ✅ | 100 ✅ | 1500 | 2100 | 150 | 0.001 | 2500 |",
    );
    expect(text).toContain("| home | `/` | 89 ❌ |");
    expect(text).toContain("**Initial JavaScript on the home route: 101.7 KB gzip** ✅");
  });

  it("ends with the verdict", () => {
    expect(report([page()]).trimEnd().endsWith("All budgets met.")).toBe(true);
    expect(report([page()], ["home: performance 89 < 90"]).trimEnd()).toMatch(
      /Missed: home: performance 89 < 90\.$/,
    );
  });
});
