import { genreName as builtInGenreName } from "../genres.js";
import type { TmdbHttpClient } from "./http-client.js";
import type { TmdbLogger } from "./options.js";
import { tmdbGenreListSchema } from "./schemas.js";

/** Genre id → display name; undefined for an id nobody knows. */
export type GenreLookup = (id: number) => string | undefined;

export interface GenreNames {
  /** Never rejects: falls back to the built-in English table when TMDB can't say. */
  lookup(): Promise<GenreLookup>;
}

/** After a failed fetch, how long to serve built-in names before asking TMDB again. */
const DEFAULT_RETRY_AFTER_FAILURE_MS = 60_000;

/**
 * List items carry only `genre_ids`; their names (in the request language)
 * come from `/genre/movie/list`, fetched once, lazily, and shared by every
 * request. The fetch takes no caller's signal: one impatient client must not
 * cancel the list for everyone waiting on it.
 *
 * @see https://developer.themoviedb.org/reference/genre-movie-list
 */
export function createGenreNames(
  client: TmdbHttpClient,
  language: string,
  logger: TmdbLogger,
  retryAfterFailureMs = DEFAULT_RETRY_AFTER_FAILURE_MS,
): GenreNames {
  let loading: Promise<GenreLookup> | undefined;

  async function fetchLookup(): Promise<GenreLookup> {
    const { genres } = await client.get("/genre/movie/list", { language }, tmdbGenreListSchema);
    const names = new Map(genres.map((genre) => [genre.id, genre.name]));
    return (id) => names.get(id) ?? builtInGenreName(id);
  }

  function useBuiltInNamesForAWhile(error: unknown): GenreLookup {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    logger.warn({ code }, "TMDB genre list unavailable; using built-in English genre names");
    setTimeout(() => {
      loading = undefined;
    }, retryAfterFailureMs).unref();
    return builtInGenreName;
  }

  return {
    lookup() {
      loading ??= fetchLookup().catch(useBuiltInNamesForAWhile);
      return loading;
    },
  };
}
