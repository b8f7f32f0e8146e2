import { describe, expect, it } from "vitest";
import { ARTIFACTS, README_SCREENSHOTS, readmeScreenshotDir } from "./screenshots.js";

describe("readmeScreenshotDir", () => {
  it("keeps the README's screenshots untouched on a plain run", () => {
    expect(readmeScreenshotDir({})).toBe(ARTIFACTS);
    expect(readmeScreenshotDir({ UPDATE_SCREENSHOTS: "0" })).toBe(ARTIFACTS);
    expect(ARTIFACTS).toMatch(/\/e2e\/artifacts\/$/);
  });

  it("writes docs/screenshots only when asked", () => {
    expect(readmeScreenshotDir({ UPDATE_SCREENSHOTS: "1" })).toBe(README_SCREENSHOTS);
    expect(README_SCREENSHOTS).toMatch(/\/docs\/screenshots\/$/);
  });
});
