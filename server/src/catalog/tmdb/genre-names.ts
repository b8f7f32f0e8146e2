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

export interface GenreNamesTiming {
  /** After a failed fetch, how long to serve what we have before asking TMDB again. */
  retryAfterFailureMs?: number;
  /** How long a fetched list is used before it is refreshed (in the background). */
  refreshAfterMs?: number;
  now?: () => number;
}

const DEFAULT_RETRY_AFTER_FAILURE_MS = 60_000;
/** Genre names change about never; a day keeps a renamed one from lingering for long. */
const DEFAULT_REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * List items carry only `genre_ids`; their names (in the request language)
 * come from `/genre/movie/list`, fetched lazily, shared by every request and
 * refreshed daily. A refresh never makes anyone wait: the old names serve
 * until the new ones arrive, and stay when the refresh fails. The fetch takes
 * no caller's signal: one impatient client must not cancel the list for
 * everyone waiting on it.
 *
 * @see https://developer.themoviedb.org/reference/genre-movie-list
 */
export function createGenreNames(
  client: TmdbHttpClient,
  language: string,
  logger: TmdbLogger,
  timing: GenreNamesTiming | number = {},
): GenreNames {
  const { retryAfterFailureMs, refreshAfterMs, now } = normalizeTiming(timing);
  /** What lookups get now; undefined until the first fetch settles. */
  let current: Promise<GenreLookup> | undefined;
  let nextFetchAt = 0;
  let fetching: Promise<GenreLookup> | undefined;

  async function fetchLookup(): Promise<GenreLookup> {
    const { genres } = await client.get("/genre/movie/list", { language }, tmdbGenreListSchema);
    const names = new Map(genres.map((genre) => [genre.id, genre.name]));
    return (id) => names.get(id) ?? builtInGenreName(id);
  }

  function refresh(fallback: GenreLookup | undefined): Promise<GenreLookup> {
    fetching ??= fetchLookup()
      .then((lookup) => {
        nextFetchAt = now() + refreshAfterMs;
        return lookup;
      })
      .catch((error: unknown) => {
        const code = error instanceof Error && "code" in error ? error.code : undefined;
        logger.warn(
          { code },
          fallback
            ? "TMDB genre list could not be refreshed; keeping the names we have"
            : "TMDB genre list unavailable; using built-in English genre names",
        );
        nextFetchAt = now() + retryAfterFailureMs;
        return fallback ?? builtInGenreName;
      })
      .finally(() => {
        fetching = undefined;
      });
    return fetching;
  }

  return {
    async lookup() {
      if (!current) {
        current = refresh(undefined);
        return current;
      }
      const lookup = await current;
      if (now() >= nextFetchAt && !fetching) {
        current = refresh(lookup);
        current.catch(() => {});
      }
      return lookup;
    },
  };
}

function normalizeTiming(timing: GenreNamesTiming | number): Required<GenreNamesTiming> {
  // A bare number is the retry delay, as callers before the refresh passed it.
  const given = typeof timing === "number" ? { retryAfterFailureMs: timing } : timing;
  return {
    retryAfterFailureMs: given.retryAfterFailureMs ?? DEFAULT_RETRY_AFTER_FAILURE_MS,
    refreshAfterMs: given.refreshAfterMs ?? DEFAULT_REFRESH_AFTER_MS,
    now: given.now ?? Date.now,
  };
}
