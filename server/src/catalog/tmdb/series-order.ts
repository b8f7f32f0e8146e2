import type { MovieSummary, SearchPage } from "../movie.js";
import { queryTerms } from "../titles/terms.js";

/**
 * Fewer votes than this share of the series' best-known film marks a side
 * piece TMDB lists under the same name (a making-of, an older animated
 * version, a fan film), not one of the numbered films: "lotr 1" is the 2001
 * film, not the 1978 cartoon.
 */
const SIDE_PIECE_VOTE_SHARE = 0.1;

/**
 * TMDB's answer to a series' name ("the lord of the rings") with its n-th
 * film by release first, for a typed "lotr 3". Only the films on this page
 * count: TMDB ranks a series' films together on its first page. The page is
 * returned as is when it holds fewer than n of them.
 */
export function withNthOfSeriesFirst(page: SearchPage, series: string, nth: number): SearchPage {
  const name = queryTerms(series);
  const films = page.results.filter(
    (movie) => movie.releaseDate !== null && startsWith(queryTerms(movie.title), name),
  );
  const mostVotes = Math.max(0, ...films.map((movie) => movie.voteCount));
  const picked = films
    .filter((movie) => movie.voteCount >= mostVotes * SIDE_PIECE_VOTE_SHARE)
    .toSorted(byRelease)[nth - 1];
  if (!picked) return page;
  return { ...page, results: [picked, ...page.results.filter((movie) => movie !== picked)] };
}

function startsWith(words: readonly string[], start: readonly string[]): boolean {
  return start.length > 0 && start.every((word, i) => words[i] === word);
}

/** Oldest first (ISO dates order as text); TMDB's order between films out the same day. */
function byRelease(a: MovieSummary, b: MovieSummary): number {
  const [x, y] = [a.releaseDate ?? "", b.releaseDate ?? ""];
  return x < y ? -1 : x > y ? 1 : 0;
}
