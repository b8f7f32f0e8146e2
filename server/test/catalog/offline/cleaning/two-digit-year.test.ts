import { describe, expect, it } from "vitest";
import {
  draftFromVegaRow,
  type FilmDraft,
} from "../../../../src/catalog/offline/cleaning/film-draft.js";
import {
  LATEST_RELEASE_YEAR,
  repairTwoDigitYear,
} from "../../../../src/catalog/offline/cleaning/two-digit-year.js";
import { realRows } from "../support/real-data.js";

async function repaired(): Promise<FilmDraft[]> {
  return (await realRows()).map((row) => repairTwoDigitYear(draftFromVegaRow(row)));
}

const yearOf = (drafts: FilmDraft[], title: string) =>
  drafts.filter((draft) => draft.title === title).map((draft) => draft.release?.year);

describe("two-digit years on the real rows", () => {
  it("brings future dates back a century", async () => {
    const drafts = await repaired();
    expect(yearOf(drafts, "Gone with the Wind")).toEqual([1939]);
    expect(yearOf(drafts, "The Birth of a Nation")).toEqual([1915]);
    expect(yearOf(drafts, "Snow White and the Seven Dwarfs")).toEqual([1937]);
    expect(yearOf(drafts, "The Best Years of Our Lives")).toEqual([1946]);
  });

  it("keeps the films the file lists for its last year", async () => {
    const drafts = await repaired();
    expect(yearOf(drafts, "The Adventures of Tintin: Secret of the Unicorn")).toEqual([2011]);
  });

  it("leaves no date after the dataset's era, and keeps month and day", async () => {
    const drafts = await repaired();
    expect(drafts.filter((draft) => (draft.release?.year ?? 0) > LATEST_RELEASE_YEAR)).toEqual([]);
    const wizard = drafts.find((draft) => draft.title === "The Wizard of Oz");
    expect(wizard?.release).toEqual({ year: 1939, month: 8, day: 25 });
  });
});
