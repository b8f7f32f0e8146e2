import { BadRequestError, NotFoundError } from "../errors.js";
import type { MovieDetails, SearchPage, SearchQuery } from "../movie.js";
import type { MovieCatalog } from "../port.js";
import { createTmdbBrowse } from "./browse.js";
import { chooseCredential } from "./credentials.js";
import { createGenreNames } from "./genre-names.js";
import { createTmdbHttpClient } from "./http-client.js";
import { toMovieDetails, toSearchPage } from "./mapper.js";
import {
  DEFAULT_LANGUAGE,
  DEFAULT_REGION,
  DEFAULT_TIMEOUT_MS,
  type TmdbCatalogOptions,
} from "./options.js";
import { createQueryCorrection, type TmdbSearchRequest } from "./query-correction.js";
import { tmdbMovieDetailsSchema, tmdbMoviePageSchema } from "./schemas.js";
import { missingEndpointAsMisconfiguration } from "./upstream-errors.js";

/** Everything the details page shows, in one request (TMDB allows up to 20 appends). */
const DETAILS_APPENDS = "credits,videos,release_dates,similar,recommendations,watch/providers";

/**
 * The `MovieCatalog` backed by TMDB's v3 API. Throws `CatalogNotConfiguredError`
 * at once when no credential is given, so a bad deployment fails at start-up.
 */
export function createTmdbCatalog(options: TmdbCatalogOptions): MovieCatalog {
  const credential = chooseCredential(options);
  const language = options.language ?? DEFAULT_LANGUAGE;
  const region = (options.region ?? DEFAULT_REGION).toUpperCase();
  const { logger } = options;
  const baseUrl = checkedBaseUrl(options.baseUrl);
  const client =
    options.client ??
    createTmdbHttpClient({
      baseUrl,
      credential,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      logger,
    });
  const genres = options.genres ?? createGenreNames(client, language, logger);

  const correction = createQueryCorrection({ logger });

  /** @see https://developer.themoviedb.org/reference/search-movie */
  async function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchPage> {
    // Decomposed accents (as macOS keyboards type them) match nothing on TMDB.
    const text = query.text.normalize("NFC").trim();
    if (text === "") throw new BadRequestError("Search text must not be empty");
    // One call, or two when TMDB finds nothing and a correction exists (query-correction.ts).
    return correction.search({ ...query, text }, (asked) => searchOnce(query, asked, signal));
  }

  async function searchOnce(
    query: SearchQuery,
    asked: TmdbSearchRequest,
    signal?: AbortSignal,
  ): Promise<SearchPage> {
    const text = asked.text;
    const params = {
      query: text,
      // A year typed into the text is a hint about any release, not the filter below.
      year: asked.year,
      page: query.page,
      include_adult: false,
      language,
      // Not `year`, which matches any release (festival, regional, re-release):
      // `primary_release_year` matches the date our `year` field is computed from.
      // A one-year range is that same filter, done by TMDB across all pages.
      primary_release_year:
        query.year ?? (query.yearFrom === query.yearTo ? query.yearFrom : undefined),
    };
    try {
      const [page, genreName] = await Promise.all([
        client.get("/search/movie", params, tmdbMoviePageSchema, signal),
        genres.lookup(),
      ]);
      return toSearchPage(text, page, genreName, query);
    } catch (error) {
      throw missingEndpointAsMisconfiguration(error, "/search/movie", logger);
    }
  }

  /** @see https://developer.themoviedb.org/reference/movie-details */
  async function getMovie(id: number, signal?: AbortSignal): Promise<MovieDetails> {
    if (!Number.isSafeInteger(id) || id < 1) {
      throw new BadRequestError("A movie id is a positive integer");
    }
    const params = {
      append_to_response: DETAILS_APPENDS,
      language,
      // Without this, `videos` holds only the request language's; the mapper
      // still prefers those, but a film with none can fall back to these.
      include_video_language: videoLanguages(language),
    };
    try {
      const [movie, genreName] = await Promise.all([
        client.get(`/movie/${id}`, params, tmdbMovieDetailsSchema, signal),
        genres.lookup(),
      ]);
      return toMovieDetails(movie, genreName, language, region);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError(`No movie with id ${id}`);
      throw error;
    }
  }

  const browse = createTmdbBrowse({
    client,
    genreNames: () => genres.lookup(),
    getMovie,
    language,
    region,
    logger,
  });

  return { source: "tmdb", search, getMovie, browse };
}

/** `en-US` → `en,null`; `fr-FR` → `fr,en,null` (`null`: videos with no language tag). */
function videoLanguages(language: string): string {
  const primary = language.split("-")[0]?.toLowerCase() || "en";
  return [...new Set([primary, "en", "null"])].join(",");
}

/** Fails at start-up, not on the first request, when `TMDB_BASE_URL` is not an http(s) URL. */
function checkedBaseUrl(baseUrl: string): string {
  const parsed = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (parsed?.protocol !== "https:" && parsed?.protocol !== "http:") {
    throw new Error("The TMDB base URL must be an http(s) URL");
  }
  return baseUrl;
}
