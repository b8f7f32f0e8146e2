import { titleKey } from "../../titles/text/fold.js";
import type { CleanFilm } from "./film-draft.js";
import type { ReleaseDate } from "./release-date.js";

/**
 * Two rows with the same title and the same year are one film counted twice
 * (the file lists "Fantasia 2000" once for its IMAX run and once for its
 * theatrical one). Same title in different years is a remake ("King Kong"
 * 1933, 1976, 2005) and stays separate.
 */
export function duplicateKey(film: CleanFilm): string {
  return `${titleKey(film.title)}|${film.release?.year ?? "?"}`;
}

const MONEY_FIELDS = ["usGross", "worldwideGross", "budget"] as const;

function knownFieldCount(film: CleanFilm): number {
  return Object.values(film).filter((value) => value !== null).length;
}

function dateOrder(date: ReleaseDate): number {
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

function earliestRelease(films: readonly CleanFilm[]): ReleaseDate | null {
  const dates = films.flatMap((film) => (film.release ? [film.release] : []));
  const exact = dates.filter((date) => date.day !== null);
  const candidates = exact.length > 0 ? exact : dates;
  return candidates.reduce<ReleaseDate | null>(
    (earliest, date) =>
      earliest === null || dateOrder(date) < dateOrder(earliest) ? date : earliest,
    null,
  );
}

/**
 * One film from its rows: the most complete row wins, its gaps are filled from
 * the others, the first release date is the film's, and money takes the larger
 * figure (a row about one release counts only part of the takings).
 */
export function mergeFilms(films: readonly CleanFilm[]): CleanFilm {
  const byCompleteness = [...films].sort((a, b) => knownFieldCount(b) - knownFieldCount(a));
  const [first, ...rest] = byCompleteness;
  if (!first) throw new Error("mergeFilms needs at least one film");
  if (rest.length === 0) return first;
  const merged: CleanFilm = { ...first };
  for (const other of rest) {
    for (const key of Object.keys(merged) as Array<keyof CleanFilm>) {
      if (merged[key] === null) Object.assign(merged, { [key]: other[key] });
    }
  }
  for (const key of MONEY_FIELDS) {
    const figures = films.flatMap((film) => (film[key] === null ? [] : [film[key]]));
    merged[key] = figures.length > 0 ? Math.max(...figures) : null;
  }
  merged.release = earliestRelease(films);
  return merged;
}

/** Merges true duplicates, keeping the file's order (by each film's first row). */
export function mergeDuplicates(films: readonly CleanFilm[]): CleanFilm[] {
  const groups = new Map<string, CleanFilm[]>();
  for (const film of films) {
    const key = duplicateKey(film);
    const group = groups.get(key);
    if (group) group.push(film);
    else groups.set(key, [film]);
  }
  return [...groups.values()].map(mergeFilms);
}
