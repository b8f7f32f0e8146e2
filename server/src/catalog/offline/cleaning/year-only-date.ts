import type { FilmDraft } from "./film-draft.js";

/**
 * For older films the file often knows only the year, and writes it as a
 * placeholder day. Before 1995, 72 of 688 dates (10%) fall on Dec 31 against
 * 15 of 2,512 (0.6%) since: year-only values stored as midnight Jan 1 and
 * printed in a US time zone, one day early. "Casablanca" (1942) is dated
 * Dec 31 1941, "The Apartment" (1960) Dec 31 1959. Jan 1 (18 films, all before
 * 1995 but two) is the same placeholder, unshifted. From 1995 on, dates are
 * exact (e.g. "Confessions of a Dangerous Mind" opened Dec 31 2002).
 */
export const EXACT_DATES_FROM_YEAR = 1995;

/** Placeholder days become year-only dates, moved to the year they stand for. */
export function repairYearOnlyDate(draft: FilmDraft): FilmDraft {
  const release = draft.release;
  if (release === null || release.month === null || release.year >= EXACT_DATES_FROM_YEAR) {
    return draft;
  }
  if (release.month === 12 && release.day === 31) {
    return { ...draft, release: { year: release.year + 1, month: null, day: null } };
  }
  if (release.month === 1 && release.day === 1) {
    return { ...draft, release: { year: release.year, month: null, day: null } };
  }
  return draft;
}
