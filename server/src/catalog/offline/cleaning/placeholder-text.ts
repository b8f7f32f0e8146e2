import type { FilmDraft } from "./film-draft.js";

/**
 * Values that fill a cell without saying anything: "Distributor Unknown" is a
 * missing distributor, and "Open" is not an MPAA rating (the two films carrying
 * it were released unrated, but the file does not say so, so we do not guess).
 * "Not Rated" stays: it is a fact about the release.
 */
const PLACEHOLDERS: Partial<Record<keyof FilmDraft, ReadonlySet<string>>> = {
  distributor: new Set(["Distributor Unknown"]),
  mpaaRating: new Set(["Open"]),
};

/** "Unknown"-like text becomes null. */
export function repairPlaceholderText(draft: FilmDraft): FilmDraft {
  let repaired: FilmDraft | null = null;
  for (const [field, placeholders] of Object.entries(PLACEHOLDERS)) {
    const key = field as keyof FilmDraft;
    const value = draft[key];
    if (typeof value === "string" && placeholders.has(value)) {
      repaired = { ...(repaired ?? draft), [key]: null };
    }
  }
  return repaired ?? draft;
}
