import { describe, expect, it } from "vitest";
import {
  WEB_BUDGET_END,
  WEB_BUDGET_START,
  withWebBudgetSection,
} from "../../bench/web-budget-section.js";

const section = `${WEB_BUDGET_START}\n## Web\n| home | 95 |\n${WEB_BUDGET_END}`;

describe("withWebBudgetSection", () => {
  it("carries the web budget section of the previous report over to the new one", () => {
    const previous = `# Benchmarks\nold numbers\n\n${section}\n`;
    expect(withWebBudgetSection("# Benchmarks\nnew numbers\n", previous)).toBe(
      `# Benchmarks\nnew numbers\n\n${section}\n`,
    );
  });

  it("keeps only the section, not the previous report's own numbers", () => {
    const merged = withWebBudgetSection("new\n", `old\n${section}\nold tail\n`);
    expect(merged).not.toContain("old");
    expect(merged).toContain("| home | 95 |");
  });

  it("leaves the report as it is when there is no previous file or no complete section", () => {
    expect(withWebBudgetSection("new\n", undefined)).toBe("new\n");
    expect(withWebBudgetSection("new\n", "old report\n")).toBe("new\n");
    expect(withWebBudgetSection("new\n", `old\n${WEB_BUDGET_START}\nhalf`)).toBe("new\n");
  });
});
