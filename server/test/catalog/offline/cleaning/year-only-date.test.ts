import { describe, expect, it } from "vitest";
import {
  draftFromVegaRow,
  type FilmDraft,
} from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { repairTwoDigitYear } from "../../../../src/catalog/offline/cleaning/two-digit-year.js";
import { repairYearOnlyDate } from "../../../../src/catalog/offline/cleaning/year-only-date.js";
import { realRows } from "../support/real-data.js";

async function repaired(): Promise<FilmDraft[]> {
  return (await realRows()).map((row) =>
    repairYearOnlyDate(repairTwoDigitYear(draftFromVegaRow(row))),
  );
}

const releaseOf = (drafts: FilmDraft[], title: string) =>
  drafts.find((draft) => draft.title === title)?.release;

describe("year-only placeholder dates on the real rows", () => {
  it("reads an old film's Dec 31 as the following year, day unknown", async () => {
    const drafts = await repaired();
    expect(releaseOf(drafts, "Casablanca")).toEqual({ year: 1942, month: null, day: null });
    expect(releaseOf(drafts, "The Apartment")).toEqual({ year: 1960, month: null, day: null });
  });

  it("reads an old film's Jan 1 as its year, day unknown", async () => {
    const drafts = await repaired();
    expect(releaseOf(drafts, "Patton")).toEqual({ year: 1970, month: null, day: null });
  });

  it("trusts exact dates from 1995 on, Dec 31 included", async () => {
    const drafts = await repaired();
    expect(releaseOf(drafts, "Confessions of a Dangerous Mind")).toEqual({
      year: 2002,
      month: 12,
      day: 31,
    });
  });

  it("leaves ordinary dates of old films alone", async () => {
    const drafts = await repaired();
    expect(releaseOf(drafts, "Jaws")).toEqual({ year: 1975, month: 6, day: 20 });
  });
});
