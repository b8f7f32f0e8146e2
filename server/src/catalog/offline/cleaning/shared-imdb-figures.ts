import { foldText } from "../../titles/text/fold.js";
import type { CleanFilm } from "./film-draft.js";

/**
 * IMDB ratings were joined to the file by title, loosely: both "King Kong"s
 * (1976, 2005) carry 7.6 from 132,720 votes, "Crash" (1996) and "Crash" (2005)
 * share 6.1/20,886, "Hitman" and "Taxman" share 6.8/520. An identical rating
 * *and* vote count on two films is no coincidence; it is one film's figures
 * copied to others. Which film owns them is knowable in one case only: when
 * one title's words begin every other title of the group ("Jurassic Park" vs
 * "Jurassic Park 3"), the lookup started from it. Otherwise nobody can say,
 * so every film of the group loses the figures rather than show a wrong one.
 */

function figuresKey(film: CleanFilm): string | null {
  return film.imdbVotes === null ? null : `${film.imdbRating}/${film.imdbVotes}`;
}

function words(title: string): string[] {
  return foldText(title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function startsWithWords(title: string[], prefix: string[]): boolean {
  return prefix.length < title.length && prefix.every((word, i) => title[i] === word);
}

/** The one film whose title begins all the others' titles, if there is one. */
function owner(group: readonly CleanFilm[]): CleanFilm | undefined {
  return group.find((candidate) =>
    group.every(
      (other) => other === candidate || startsWithWords(words(other.title), words(candidate.title)),
    ),
  );
}

/** Clears IMDB figures shared by different films, except on their evident owner. */
export function clearSharedImdbFigures(films: readonly CleanFilm[]): CleanFilm[] {
  const groups = new Map<string, CleanFilm[]>();
  for (const film of films) {
    const key = figuresKey(film);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), film]);
  }
  const cleared = new Set<CleanFilm>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keeper = owner(group);
    for (const film of group) if (film !== keeper) cleared.add(film);
  }
  return films.map((film) =>
    cleared.has(film) ? { ...film, imdbRating: null, imdbVotes: null } : film,
  );
}
