import { describe, expect, it } from "vitest";
import {
  draftFromVegaRow,
  type FilmDraft,
} from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { repairUnknownNumbers } from "../../../../src/catalog/offline/cleaning/unknown-numbers.js";
import { draftTitled, realRows } from "../support/real-data.js";

async function repaired(): Promise<FilmDraft[]> {
  return (await realRows()).map((row) => repairUnknownNumbers(draftFromVegaRow(row)));
}

describe("unknown numbers on the real rows", () => {
  it("reads a gross of $0 as unknown (12 Angry Men did not earn nothing)", async () => {
    const before = await draftTitled("12 Angry Men");
    expect(before.worldwideGross).toBe(0);
    const draft = repairUnknownNumbers(before);
    expect(draft.worldwideGross).toBeNull();
    expect(draft.usGross).toBeNull();
  });

  it("leaves no zero money, runtime or vote count, and every rating within its scale", async () => {
    for (const draft of await repaired()) {
      for (const value of [
        draft.usGross,
        draft.worldwideGross,
        draft.budget,
        draft.runtimeMinutes,
        draft.imdbVotes,
      ]) {
        expect(value === null || value > 0).toBe(true);
      }
      expect(draft.imdbRating === null || (draft.imdbRating >= 1 && draft.imdbRating <= 10)).toBe(
        true,
      );
      expect(
        draft.rottenTomatoes === null || (draft.rottenTomatoes >= 0 && draft.rottenTomatoes <= 100),
      ).toBe(true);
      expect(draft.imdbRating === null).toBe(draft.imdbVotes === null);
    }
  });

  it("keeps real small numbers (Tarnation was made for $218)", async () => {
    const tarnation = (await repaired()).find((draft) => draft.title === "Tarnation");
    expect(tarnation?.budget).toBe(218);
  });

  it("drops ratings off the scale, and a rating whose votes are gone", async () => {
    const draft = await draftTitled("The Matrix");
    expect(repairUnknownNumbers({ ...draft, imdbRating: 87 })).toMatchObject({
      imdbRating: null,
      imdbVotes: null,
    });
    expect(repairUnknownNumbers({ ...draft, rottenTomatoes: 140 }).rottenTomatoes).toBeNull();
    expect(repairUnknownNumbers({ ...draft, runtimeMinutes: -5 }).runtimeMinutes).toBeNull();
  });
});
