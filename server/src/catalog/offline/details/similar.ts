import type { CatalogRecord } from "../catalog-record.js";

/**
 * "More like this" from the facts we have: shared genres count most, then the
 * same director, then a close release era, and popularity breaks the rest so
 * the list shows films people know. A candidate must share a genre or the
 * director; otherwise "similar" would just mean "popular".
 */
export const SIMILAR_LIMIT = 12;

const WEIGHT = { genres: 3, director: 2, era: 1.5, popularity: 1.5 } as const;
/** Years over which era closeness fades to about a third. */
const ERA_SCALE_YEARS = 8;

function sharedGenreShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((genre) => b.includes(genre)).length;
  return shared / new Set([...a, ...b]).size;
}

function eraCloseness(a: number | null, b: number | null): number {
  return a === null || b === null ? 0 : Math.exp(-Math.abs(a - b) / ERA_SCALE_YEARS);
}

/** How similar `candidate` is to `film`; 0 when they have nothing in common. */
export function similarity(film: CatalogRecord, candidate: CatalogRecord): number {
  const genres = sharedGenreShare(film.genres, candidate.genres);
  const sameDirector = film.director !== null && film.director === candidate.director ? 1 : 0;
  if (genres === 0 && sameDirector === 0) return 0;
  return (
    WEIGHT.genres * genres +
    WEIGHT.director * sameDirector +
    WEIGHT.era * eraCloseness(film.year, candidate.year) +
    WEIGHT.popularity * candidate.popularity
  );
}

/** Up to 12 films most like `film`, best first, never the film itself. */
export function similarFilms(
  film: CatalogRecord,
  catalog: readonly CatalogRecord[],
  limit = SIMILAR_LIMIT,
): CatalogRecord[] {
  return catalog
    .filter((candidate) => candidate.id !== film.id)
    .map((candidate) => ({ candidate, score: similarity(film, candidate) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.id - b.candidate.id)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
