import { type FilmDraft, mapTextFields } from "./film-draft.js";

/** Collapses runs of spaces ("Halloween:  The Curse…") and trims the ends; blank becomes null. */
export function tidySpaces(text: string): string | null {
  const tidy = text.replace(/\s+/g, " ").trim();
  return tidy === "" ? null : tidy;
}

/** Stray whitespace in any text column. */
export function repairWhitespace(draft: FilmDraft): FilmDraft {
  return mapTextFields(draft, tidySpaces);
}
