import type { CleanFilm } from "../cleaning/film-draft.js";
import {
  expectedLogVotes,
  fitVotesFromGross,
  type VotesFromGross,
} from "../cleaning/votes-from-gross.js";

/**
 * How widely seen a film is, 0..1, for ranking: IMDB votes on a log scale
 * (1,000 → 10,000 votes matters as much as 100,000 → a million). Films without
 * usable votes (among them all six "Star Wars" episodes, whose titles defeated
 * the file's IMDB join) get votes estimated from their worldwide gross (see
 * `votes-from-gross.ts`). The estimate only ranks; it is never shown.
 */
export function logVotes(film: CleanFilm, fit: VotesFromGross): number {
  if (film.imdbVotes !== null) return Math.log10(1 + film.imdbVotes);
  if (film.worldwideGross !== null) return Math.max(0, expectedLogVotes(fit, film.worldwideGross));
  return 0;
}

/** A popularity function for these films, scaled so the most voted one is 1. */
export function popularityScale(films: readonly CleanFilm[]): (film: CleanFilm) => number {
  const fit = fitVotesFromGross(films);
  const top = Math.max(1, ...films.map((film) => logVotes(film, fit)));
  // Three decimals are plenty to rank by and keep the catalog file small.
  return (film) => Math.round((logVotes(film, fit) / top) * 1000) / 1000;
}

/**
 * The votes a popularity stands for: the scale's inverse, read off one film
 * whose votes and popularity are both known. For films without votes it gives
 * the estimate their popularity was made from (rounding aside).
 */
export function votesAtPopularity(
  popularity: number,
  known: { popularity: number; votes: number },
): number {
  const top = Math.log10(1 + known.votes) / known.popularity;
  return Math.round(10 ** (popularity * top) - 1);
}
