import { describe, expect, it } from "vitest";
import { draftFromVegaRow } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import {
  repairWhitespace,
  tidySpaces,
} from "../../../../src/catalog/offline/cleaning/whitespace.js";
import { realRows } from "../support/real-data.js";

describe("whitespace on the real rows", () => {
  it("collapses the double spaces inside titles", async () => {
    const titles = (await realRows()).map((row) => repairWhitespace(draftFromVegaRow(row)).title);
    expect(titles).toContain("Halloween: The Curse of Michael Myers");
    expect(titles).toContain("The Helix... Loaded");
    expect(
      titles.filter((title) => typeof title === "string" && /\s{2}|^\s|\s$/.test(title)),
    ).toEqual([]);
  });
});

describe("tidySpaces", () => {
  it("trims, collapses, and turns blank text into null", () => {
    expect(tidySpaces("  Heat \t ")).toBe("Heat");
    expect(tidySpaces("   ")).toBeNull();
  });
});
