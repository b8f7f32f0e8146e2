import type { CleanFilm } from "./film-draft.js";
import { expectedLogVotes, fitVotesFromGross } from "./votes-from-gross.js";

/**
 * The same loose title join also gave popular films the IMDB figures of an
 * obscure namesake: "Die Hard" (1988, $139M worldwide) has 237 votes, "Aliens"
 * 84, "Ghostbusters" 358, "Taken" 1,125. A film that earned millions and has
 * thirty times fewer votes than films of its gross typically get (1.5 below
 * the fitted line in log10, about 2.5 standard deviations) was rated as
 * someone else; its rating and votes are cleared. Films under $1M are left
 * alone: small releases vary too much to judge.
 */
export const IMPLAUSIBLY_FEW_VOTES_LOG10 = 1.5;
export const MIN_GROSS_TO_JUDGE = 1_000_000;

export function clearNamesakeImdbFigures(films: readonly CleanFilm[]): CleanFilm[] {
  const fit = fitVotesFromGross(films);
  return films.map((film) => {
    const { imdbVotes, worldwideGross } = film;
    if (imdbVotes === null || worldwideGross === null || worldwideGross < MIN_GROSS_TO_JUDGE) {
      return film;
    }
    const shortfall = expectedLogVotes(fit, worldwideGross) - Math.log10(imdbVotes);
    return shortfall > IMPLAUSIBLY_FEW_VOTES_LOG10
      ? { ...film, imdbRating: null, imdbVotes: null }
      : film;
  });
}
