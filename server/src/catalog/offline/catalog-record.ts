import { fileURLToPath } from "node:url";
import type { SearchIndex } from "./search/search-index.js";

/**
 * `server/data/catalog.json`, written by `scripts/build-catalog.ts` and read
 * by the offline catalog and by TMDB mode's title dictionary. This module
 * sits three folders below `server/` both as source (src/catalog/offline) and
 * compiled (dist/catalog/offline), so one relative path serves both.
 */
export const DEFAULT_CATALOG_FILE = fileURLToPath(
  new URL("../../../data/catalog.json", import.meta.url),
);

/**
 * The offline catalog as the build writes it to `server/data/catalog.json` and
 * the server loads it: cleaned facts, ready to serve, and the search index
 * built from their titles (so a starting server need not index them again).
 * Presentation (the overview sentence, artwork, URLs) is derived at run time,
 * so changing it never needs a rebuild of the data; changing how titles are
 * folded or indexed (`search/`, `../titles/`) does.
 */

/** Bumped whenever the shape changes, so a stale file fails loudly at start-up. */
export const CATALOG_FORMAT = 3;

export interface CatalogRecord {
  /** Stable across rebuilds: derived from the title and year (see `build/film-id.ts`). */
  id: number;
  title: string;
  year: number | null;
  /** `YYYY-MM-DD`, or null when only the year is known. */
  releaseDate: string | null;
  /** TMDB genre names (see `../genres.ts`). */
  genres: string[];
  director: string | null;
  runtime: number | null;
  /** MPAA rating, e.g. "PG-13" or "Not Rated". */
  certification: string | null;
  budget: number | null;
  /** Worldwide box office in US dollars. */
  revenue: number | null;
  imdbRating: number | null;
  imdbVotes: number | null;
  /** Rotten Tomatoes score, 0..100. */
  rottenTomatoes: number | null;
  /** vega's own words, kept for the factual overview sentence. */
  majorGenre: string | null;
  creativeType: string | null;
  storySource: string | null;
  distributor: string | null;
  /** How widely seen, 0..1 (see `build/popularity.ts`); ranks search results and similar titles. */
  popularity: number;
}

export interface CatalogFile {
  format: typeof CATALOG_FORMAT;
  /** Where the data came from, for people reading the file. */
  source: string;
  films: CatalogRecord[];
  /** Derived from `films` by `search/search-index.ts`, in the same order. */
  search: SearchIndex;
}
