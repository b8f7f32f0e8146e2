import { MOVIE_GENRES } from "../../genres.js";

/**
 * vega's "Major Genre" and "Creative Type" in TMDB's genre names, so the
 * `genre` filter means the same on both catalogs. Creative types that say
 * nothing about genre ("Contemporary Fiction", "Historical Fiction": a period
 * setting is not TMDB's History) map to nothing.
 */
const FROM_MAJOR_GENRE: Readonly<Record<string, readonly string[]>> = {
  Action: ["Action"],
  Adventure: ["Adventure"],
  "Black Comedy": ["Comedy"],
  Comedy: ["Comedy"],
  "Concert/Performance": ["Music", "Documentary"],
  Documentary: ["Documentary"],
  Drama: ["Drama"],
  Horror: ["Horror"],
  Musical: ["Music"],
  "Romantic Comedy": ["Romance", "Comedy"],
  "Thriller/Suspense": ["Thriller"],
  Western: ["Western"],
};

const FROM_CREATIVE_TYPE: Readonly<Record<string, readonly string[]>> = {
  Dramatization: ["History"],
  Factual: ["Documentary"],
  Fantasy: ["Fantasy"],
  "Kids Fiction": ["Family"],
  "Science Fiction": ["Science Fiction"],
  "Super Hero": ["Action"],
};

const TMDB_ORDER = new Map(MOVIE_GENRES.map((genre, i) => [genre.name, i]));

/** TMDB genre names, without repeats, in TMDB's list order (stable output). */
export function tmdbGenres(majorGenre: string | null, creativeType: string | null): string[] {
  const names = new Set([
    ...(FROM_MAJOR_GENRE[majorGenre ?? ""] ?? []),
    ...(FROM_CREATIVE_TYPE[creativeType ?? ""] ?? []),
  ]);
  return [...names].sort((a, b) => (TMDB_ORDER.get(a) ?? 0) - (TMDB_ORDER.get(b) ?? 0));
}
