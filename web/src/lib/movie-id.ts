import { MOVIE_ID_PATTERN } from "@netflix-clone/contract/movie-id";

/**
 * The film a `/movie/:id` segment names, or null when the API would refuse
 * that id: the page then says "not found" without asking, rather than showing
 * the API's 400.
 */
export function parseMovieId(text: string | undefined): number | null {
  return text !== undefined && MOVIE_ID_PATTERN.test(text) ? Number(text) : null;
}
