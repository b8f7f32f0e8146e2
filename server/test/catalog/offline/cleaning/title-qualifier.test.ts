import { describe, expect, it } from "vitest";
import type { FilmDraft } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { repairTitleQualifier } from "../../../../src/catalog/offline/cleaning/title-qualifier.js";
import { repairTwoDigitYear } from "../../../../src/catalog/offline/cleaning/two-digit-year.js";
import { draftTitled } from "../support/real-data.js";

/** Title notes are compared with the repaired date, as in the pipeline. */
async function repaired(title: string): Promise<FilmDraft> {
  return repairTitleQualifier(repairTwoDigitYear(await draftTitled(title)));
}

describe("bracketed notes in titles on the real rows", () => {
  it("drops a year note that matches the release year", async () => {
    expect(await repaired("King Kong (1933)")).toMatchObject({
      title: "King Kong",
      release: { year: 1933 },
    });
    expect((await repaired("Lolita (1962)")).title).toBe("Lolita");
  });

  it("drops release notes, so the two Fantasia 2000 rows can merge", async () => {
    expect((await repaired("Fantasia 2000 (IMAX)")).title).toBe("Fantasia 2000");
    expect((await repaired("Fantasia 2000 (Theatrical Release)")).title).toBe("Fantasia 2000");
    expect((await repaired("Steal (Canadian Release)")).title).toBe("Steal");
  });

  it("keeps brackets that are part of the title", async () => {
    const title = "Y Tu Mama Tambien (And Your Mother Too)";
    expect((await repaired(title)).title).toBe(title);
  });

  it("keeps a year note that disagrees with the release date", async () => {
    const draft = await draftTitled("Metropolis (2002)");
    expect(
      repairTitleQualifier({ ...draft, release: { year: 1927, month: 1, day: 10 } }).title,
    ).toBe("Metropolis (2002)");
  });
});
