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

/**
 * The home page's genre rows, in order, on both catalogs: broad genres most
 * people browse. The last differs: TMDB has Animation; the offline catalog's
 * source has no animated films under that name, so it shows Family there.
 */
const SHARED_BROWSE_GENRE_IDS = [28, 35, 878, 18, 27] as const;
export const TMDB_BROWSE_GENRE_IDS: readonly number[] = [...SHARED_BROWSE_GENRE_IDS, 16];
export const OFFLINE_BROWSE_GENRE_IDS: readonly number[] = [...SHARED_BROWSE_GENRE_IDS, 10751];
