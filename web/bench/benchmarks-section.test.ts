import { describe, expect, it } from "vitest";
import {
  SECTION_END,
  SECTION_START,
  webBudgetSection,
  withWebBudgetSection,
} from "./benchmarks-section.js";

const SERVER_PART =
  "# Benchmarks\n\nMeasured by `npm run bench`.\n\n| measure | value |\n|---|---|\n| p99 | 1.5 ms |\n";

describe("withWebBudgetSection", () => {
  it("appends the section with its markers when the file has none", () => {
    const written = withWebBudgetSection(SERVER_PART, "## Web budget\n\nAll budgets met.\n");
    expect(written).toBe(
      `${SERVER_PART}\n${SECTION_START}\n## Web budget\n\nAll budgets met.\n${SECTION_END}\n`,
    );
  });

  it("replaces only what is between the markers, keeping the text around them", () => {
    const after = "\n## Search quality\n\n| kind | recall |\n";
    const old = `${SERVER_PART}\n${SECTION_START}\nold numbers\n${SECTION_END}${after}`;
    const written = withWebBudgetSection(old, "new numbers");
    expect(written).toBe(`${SERVER_PART}\n${SECTION_START}\nnew numbers\n${SECTION_END}${after}`);
  });

  it("gives the same file when run twice with the same section", () => {
    const once = withWebBudgetSection(SERVER_PART, "numbers");
    expect(withWebBudgetSection(once, "numbers")).toBe(once);
  });

  it("writes just the section into an empty file", () => {
    expect(withWebBudgetSection("", "numbers")).toBe(`${SECTION_START}\nnumbers\n${SECTION_END}\n`);
  });

  it("refuses a lone, misordered or repeated marker rather than guess", () => {
    expect(() => withWebBudgetSection(`${SERVER_PART}${SECTION_START}\nx\n`, "y")).toThrow(/lone/);
    expect(() => withWebBudgetSection(`${SECTION_END}\nx\n${SECTION_START}\n`, "y")).toThrow(
      /misordered/,
    );
    const twice = `${SECTION_START}\na\n${SECTION_END}\n${SECTION_START}\nb\n${SECTION_END}\n`;
    expect(() => withWebBudgetSection(twice, "y")).toThrow(/more than once/);
  });
});

describe("webBudgetSection", () => {
  it("reads back what withWebBudgetSection wrote, so the server bench can carry it over", () => {
    const written = withWebBudgetSection(SERVER_PART, "## Web budget\n\n| home | 95 |\n");
    const section = webBudgetSection(written);
    expect(section).toBe("## Web budget\n\n| home | 95 |");
    // The server bench's round trip: a new report of its own, the same section after it.
    expect(withWebBudgetSection("# New server numbers\n", section ?? "")).toBe(
      `# New server numbers\n\n${SECTION_START}\n## Web budget\n\n| home | 95 |\n${SECTION_END}\n`,
    );
  });

  it("is undefined for a file without the section, and refuses broken markers", () => {
    expect(webBudgetSection(SERVER_PART)).toBeUndefined();
    expect(() => webBudgetSection(`${SECTION_END}\nx\n${SECTION_START}\n`)).toThrow(/misordered/);
  });
});
