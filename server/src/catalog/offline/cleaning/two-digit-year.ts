import type { FilmDraft } from "./film-draft.js";

/**
 * The file was compiled in 2010 and lists a few films scheduled for 2011
 * ("The Adventures of Tintin", Dec 2011), so nothing can be released later.
 * Dates beyond that came from two-digit years read into the wrong century
 * ("Gone with the Wind", Dec 15 2039): a century earlier is the real date.
 */
export const LATEST_RELEASE_YEAR = 2011;

/** Brings dates from two-digit years back a century. */
export function repairTwoDigitYear(draft: FilmDraft): FilmDraft {
  const release = draft.release;
  if (release === null || release.year <= LATEST_RELEASE_YEAR) return draft;
  return { ...draft, release: { ...release, year: release.year - 100 } };
}
