import { genreName, TMDB_BROWSE_GENRE_IDS } from "../genres.js";

/**
 * The TMDB lists the home page's rows come from, in display order. Each is
 * one upstream request for its first page (20 films).
 *
 * @see https://developer.themoviedb.org/reference/trending-movies
 * @see https://developer.themoviedb.org/reference/movie-now-playing-list
 * @see https://developer.themoviedb.org/reference/discover-movie
 */

export interface BrowseList {
  id: string;
  title: string;
  path: string;
  /** Besides `language` (and `region` when `regional`). */
  params: Record<string, string | number | boolean>;
  /** Popular, top rated and now playing differ by country; trending and discover don't take one. */
  regional: boolean;
  /** Genre rows are titled with TMDB's name for the genre in the request language. */
  genreId?: number;
}

/** Discover rows skip films too few people voted on, which TMDB ranks oddly. */
const GENRE_MIN_VOTES = 200;

export const BROWSE_LISTS: readonly BrowseList[] = [
  {
    id: "trending",
    title: "Trending now",
    path: "/trending/movie/week",
    params: {},
    regional: false,
  },
  { id: "popular", title: "Popular", path: "/movie/popular", params: {}, regional: true },
  { id: "top-rated", title: "Top rated", path: "/movie/top_rated", params: {}, regional: true },
  {
    id: "new-releases",
    title: "New releases",
    path: "/movie/now_playing",
    params: {},
    regional: true,
  },
  ...TMDB_BROWSE_GENRE_IDS.map((genreId) => ({
    id: `genre-${genreId}`,
    // TMDB's own (translated) name replaces this when its genre list has loaded.
    title: genreName(genreId) ?? `Genre ${genreId}`,
    path: "/discover/movie",
    params: {
      with_genres: genreId,
      sort_by: "popularity.desc",
      "vote_count.gte": GENRE_MIN_VOTES,
      include_adult: false,
    },
    regional: false,
    genreId,
  })),
];
