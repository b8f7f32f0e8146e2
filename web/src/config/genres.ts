import { MOVIE_GENRES, TV_MOVIE_GENRE_ID } from "@netflix-clone/contract/genres";

/**
 * The genres a search can be narrowed to, with the ids the API's `genre`
 * parameter takes (TMDB's, which the offline catalog uses too). "TV Movie" is
 * left out: a format, not a subject, and the offline catalog has none.
 * Imported from the contract's zod-free entry point, since this is bundled.
 */
export const GENRES = MOVIE_GENRES.filter((genre) => genre.id !== TV_MOVIE_GENRE_ID);
