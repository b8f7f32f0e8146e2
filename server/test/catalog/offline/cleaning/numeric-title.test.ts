import { describe, expect, it } from "vitest";
import { draftFromVegaRow } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { repairNumericTitle } from "../../../../src/catalog/offline/cleaning/numeric-title.js";
import { draftTitled, realRows } from "../support/real-data.js";

describe("numeric titles on the real rows", () => {
  it('turns the film 300, stored as a number, into the title "300"', async () => {
    const draft = repairNumericTitle(await draftTitled(300));
    expect(draft.title).toBe("300");
    expect(draft.release?.year).toBe(2007);
  });

  it("leaves no numeric title anywhere", async () => {
    const titles = (await realRows()).map((row) => repairNumericTitle(draftFromVegaRow(row)).title);
    expect(titles.filter((title) => typeof title === "number")).toEqual([]);
    expect(titles).toEqual(expect.arrayContaining(["1941", "2012", "21", "9", "1776"]));
  });

  it("returns a text title untouched (same object)", async () => {
    const draft = await draftTitled("The Matrix");
    expect(repairNumericTitle(draft)).toBe(draft);
  });
});
