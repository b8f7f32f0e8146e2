import type { FilmDraft } from "./film-draft.js";

/**
 * Library-style titles with the article moved to the end ("Secret, The") are
 * put back in reading order ("The Secret"), so they read and sort like the
 * others and match the title people type.
 */
const TRAILING_ARTICLE = /^(.+), (The|A|An)$/;

export function repairTrailingArticle(draft: FilmDraft): FilmDraft {
  if (typeof draft.title !== "string") return draft;
  const match = TRAILING_ARTICLE.exec(draft.title);
  if (!match) return draft;
  return { ...draft, title: `${match[2]} ${match[1]}` };
}
