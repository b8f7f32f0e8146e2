import type { CleanFilm } from "./film-draft.js";

/**
 * How many IMDB votes a film "should" have for its box office: a least-squares
 * line through log10(votes) against log10(worldwide gross), fitted on the
 * films that have both (r ≈ 0.6 on this file). Used to spot votes that
 * cannot be this film's, and to estimate popularity where votes are missing.
 */
export interface VotesFromGross {
  intercept: number;
  slope: number;
}

function logPairs(films: readonly CleanFilm[]): Array<[x: number, y: number]> {
  return films.flatMap(
    (film): Array<[number, number]> =>
      film.imdbVotes !== null && film.worldwideGross !== null
        ? [[Math.log10(film.worldwideGross), Math.log10(film.imdbVotes)]]
        : [],
  );
}

export function fitVotesFromGross(films: readonly CleanFilm[]): VotesFromGross {
  const pairs = logPairs(films);
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const meanX = mean(pairs.map(([x]) => x));
  const meanY = mean(pairs.map(([, y]) => y));
  const covariance = mean(pairs.map(([x, y]) => (x - meanX) * (y - meanY)));
  const variance = mean(pairs.map(([x]) => (x - meanX) ** 2));
  const slope = variance === 0 ? 0 : covariance / variance;
  return { intercept: meanY - slope * meanX, slope };
}

/** Expected log10(votes) for a worldwide gross in dollars. */
export function expectedLogVotes(fit: VotesFromGross, worldwideGross: number): number {
  return fit.intercept + fit.slope * Math.log10(worldwideGross);
}
