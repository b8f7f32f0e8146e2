import { describe, expect, it } from "vitest";
import { draftFromVegaRow } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { repairPlaceholderText } from "../../../../src/catalog/offline/cleaning/placeholder-text.js";
import { realRows } from "../support/real-data.js";

describe("placeholder text on the real rows", () => {
  it('turns "Distributor Unknown" and the "Open" rating into unknowns', async () => {
    const drafts = (await realRows()).map((row) => repairPlaceholderText(draftFromVegaRow(row)));
    expect(drafts.filter((draft) => draft.distributor === "Distributor Unknown")).toEqual([]);
    expect(drafts.filter((draft) => draft.mpaaRating === "Open")).toEqual([]);
    const requiem = drafts.find((draft) => draft.title === "Requiem for a Dream");
    expect(requiem?.mpaaRating).toBeNull();
  });

  it('keeps "Not Rated", which is a fact about the release', async () => {
    const drafts = (await realRows()).map((row) => repairPlaceholderText(draftFromVegaRow(row)));
    expect(drafts.some((draft) => draft.mpaaRating === "Not Rated")).toBe(true);
  });
});
