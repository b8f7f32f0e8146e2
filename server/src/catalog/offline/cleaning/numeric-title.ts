import type { FilmDraft } from "./film-draft.js";

/**
 * The file's JSON stores titles that look like numbers as numbers: the film
 * "300" arrives as 300, "1941" as 1941. A title is text; convert it back.
 * (Leading zeros or a thousands comma would already be lost, but no such
 * title was stored as a number.)
 */
export function repairNumericTitle(draft: FilmDraft): FilmDraft {
  if (typeof draft.title !== "number") return draft;
  return { ...draft, title: String(draft.title) };
}
