import { describe, expect, it } from "vitest";
import { mergeDuplicates } from "../../../../src/catalog/offline/cleaning/duplicates.js";
import {
  type CleanFilm,
  draftFromVegaRow,
} from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { hasTitle } from "../../../../src/catalog/offline/cleaning/missing-title.js";
import { repairNumericTitle } from "../../../../src/catalog/offline/cleaning/numeric-title.js";
import { clearSharedImdbFigures } from "../../../../src/catalog/offline/cleaning/shared-imdb-figures.js";
import { repairTitleQualifier } from "../../../../src/catalog/offline/cleaning/title-qualifier.js";
import { repairTwoDigitYear } from "../../../../src/catalog/offline/cleaning/two-digit-year.js";
import { realRows } from "../support/real-data.js";

async function films(): Promise<CleanFilm[]> {
  const drafts = (await realRows()).map((row) =>
    repairTitleQualifier(repairTwoDigitYear(repairNumericTitle(draftFromVegaRow(row)))),
  );
  return mergeDuplicates(drafts.filter(hasTitle));
}

const figures = (list: CleanFilm[], title: string, year: number) =>
  list
    .filter((film) => film.title === title && film.release?.year === year)
    .map((film) => [film.imdbRating, film.imdbVotes]);

describe("IMDB figures copied across films, on the real rows", () => {
  it("clears figures that remakes share, since nobody can tell whose they are", async () => {
    const before = await films();
    expect(figures(before, "King Kong", 1976)).toEqual([[7.6, 132_720]]);
    expect(figures(before, "King Kong", 2005)).toEqual([[7.6, 132_720]]);
    const after = clearSharedImdbFigures(before);
    expect(figures(after, "King Kong", 1976)).toEqual([[null, null]]);
    expect(figures(after, "King Kong", 2005)).toEqual([[null, null]]);
    expect(figures(after, "Crash", 1996)).toEqual([[null, null]]);
  });

  it("keeps them on the film whose title begins the others' (Jurassic Park, not Jurassic Park 3)", async () => {
    const after = clearSharedImdbFigures(await films());
    expect(figures(after, "Jurassic Park", 1993)).toEqual([[7.9, 151_365]]);
    expect(figures(after, "Jurassic Park 3", 2001)).toEqual([[null, null]]);
  });

  it("leaves no two films with the same rating and vote count", async () => {
    const keys = clearSharedImdbFigures(await films())
      .filter((film) => film.imdbVotes !== null)
      .map((film) => `${film.imdbRating}/${film.imdbVotes}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("leaves films with figures of their own untouched", async () => {
    const after = clearSharedImdbFigures(await films());
    expect(figures(after, "The Matrix", 1999)).toEqual([[8.7, 380_934]]);
  });
});
