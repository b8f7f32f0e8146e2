/**
 * TMDB's movie genres (its /genre/movie/list, English names), so `?genre=ID`
 * means the same on both catalogs and in the web's filter. Plain data with no
 * imports on purpose: the web bundles this module, and it must not pull zod in.
 */

export interface Genre {
  id: number;
  name: string;
}

export const MOVIE_GENRES: readonly Genre[] = [
  { id: 28, name: "Action" },
  { id: 12, name: "Adventure" },
  { id: 16, name: "Animation" },
  { id: 35, name: "Comedy" },
  { id: 80, name: "Crime" },
  { id: 99, name: "Documentary" },
  { id: 18, name: "Drama" },
  { id: 10751, name: "Family" },
  { id: 14, name: "Fantasy" },
  { id: 36, name: "History" },
  { id: 27, name: "Horror" },
  { id: 10402, name: "Music" },
  { id: 9648, name: "Mystery" },
  { id: 10749, name: "Romance" },
  { id: 878, name: "Science Fiction" },
  { id: 10770, name: "TV Movie" },
  { id: 53, name: "Thriller" },
  { id: 10752, name: "War" },
  { id: 37, name: "Western" },
];

/** TMDB's id of "TV Movie": a format rather than a subject, which some lists leave out. */
export const TV_MOVIE_GENRE_ID = 10770;
