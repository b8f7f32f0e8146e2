/** The notice TMDB's terms require wherever its data is credited, word for word. */
export const TMDB_NOTICE =
  "This product uses the TMDB API but is not endorsed or certified by TMDB.";
