import type { FilmDraft } from "./film-draft.js";

/**
 * Some titles carry a bracketed note that is not part of the title: the year
 * used to tell remakes apart ("King Kong (1933)") or the release a row counts
 * ("Fantasia 2000 (IMAX)", "Steal (Canadian Release)"). The year is a field of
 * its own; release notes make two rows of one film, which
 * `duplicates.ts` then merges. Other brackets are part of the title
 * ("Y Tu Mama Tambien (And Your Mother Too)") and stay.
 */
const YEAR_NOTE = /^(.+?) \((\d{4})\)$/;
const RELEASE_NOTE = /^(.+?) \((IMAX|[\w ]*Release)\)$/;

export function repairTitleQualifier(draft: FilmDraft): FilmDraft {
  if (typeof draft.title !== "string") return draft;
  const year = YEAR_NOTE.exec(draft.title);
  // Only a note that agrees with the release date is redundant; any other year is information.
  if (year?.[1] && Number(year[2]) === draft.release?.year) return { ...draft, title: year[1] };
  const release = RELEASE_NOTE.exec(draft.title);
  if (release?.[1]) return { ...draft, title: release[1] };
  return draft;
}
