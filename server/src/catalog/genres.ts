/**
 * Movie genres with TMDB's ids, so `?genre=ID` means the same on both
 * catalogs. The table itself is part of the public contract (the web's genre
 * filter offers the same ids), so it lives in `@netflix-clone/contract/genres`.
 */
import { MOVIE_GENRES } from "@netflix-clone/contract/genres";

export { MOVIE_GENRES };

const byId = new Map(MOVIE_GENRES.map((g) => [g.id, g.name]));

export function genreName(id: number): string | undefined {
  return byId.get(id);
}
