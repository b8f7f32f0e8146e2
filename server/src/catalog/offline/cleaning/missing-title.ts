import type { CleanFilm, FilmDraft } from "./film-draft.js";

/**
 * A film nobody can name cannot be searched for, linked to or shown: rows
 * without a title are dropped (one row in the file).
 */
export function hasTitle(draft: FilmDraft): draft is CleanFilm {
  return typeof draft.title === "string" && draft.title.trim() !== "";
}
