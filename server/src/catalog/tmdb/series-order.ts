import type { MovieSummary, SearchPage } from "../movie.js";
import { nthOfSeries, type SeriesFilm, seriesNumber, seriesWords } from "../titles/series.js";

/**
 * TMDB's answer to a series' name ("the lord of the rings") with its n-th
 * film first, for a typed "lotr 3" (the rules: `titles/series.ts`). Only the
 * films on this page count: TMDB ranks a series' films together on its first
 * page. The page is returned as is when the series can't be counted there.
 */
export function withNthOfSeriesFirst(page: SearchPage, series: string, nth: number): SearchPage {
  const picked = nthOfSeries(page.results, seriesNumber(series, nth), seriesFacts);
  if (!picked) return page;
  return { ...page, results: [picked, ...page.results.filter((movie) => movie !== picked)] };
}

function seriesFacts(movie: MovieSummary): SeriesFilm {
  return { words: seriesWords(movie.title), released: movie.releaseDate, votes: movie.voteCount };
}
