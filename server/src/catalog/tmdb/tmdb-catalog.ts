import { BadRequestError, NotFoundError, UpstreamBadResponseError } from "../errors.js";
import type { MovieDetails, SearchPage, SearchQuery } from "../movie.js";
import type { MovieCatalog } from "../port.js";
import { chooseCredential } from "./credentials.js";
import { createGenreNames } from "./genre-names.js";
import { createTmdbHttpClient } from "./http-client.js";
import { toMovieDetails, toSearchPage } from "./mapper.js";
import { DEFAULT_LANGUAGE, DEFAULT_TIMEOUT_MS, type TmdbCatalogOptions } from "./options.js";
import { tmdbMovieDetailsSchema, tmdbMoviePageSchema } from "./schemas.js";

/** Everything the details page shows, in one request (TMDB allows up to 20 appends). */
const DETAILS_APPENDS = "credits,videos,release_dates,similar";

/**
 * The `MovieCatalog` backed by TMDB's v3 API. Throws `CatalogNotConfiguredError`
 * at once when no credential is given, so a bad deployment fails at start-up.
 */
export function createTmdbCatalog(options: TmdbCatalogOptions): MovieCatalog {
  const credential = chooseCredential(options);
  const language = options.language ?? DEFAULT_LANGUAGE;
  const { logger } = options;
  const client = createTmdbHttpClient({
    baseUrl: checkedBaseUrl(options.baseUrl),
    credential,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger,
  });
  const genres = createGenreNames(client, language, logger);

  /** @see https://developer.themoviedb.org/reference/search-movie */
  async function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchPage> {
    // Decomposed accents (as macOS keyboards type them) match nothing on TMDB.
    const text = query.text.normalize("NFC").trim();
    if (text === "") throw new BadRequestError("Search text must not be empty");
    const params = {
      query: text,
      page: query.page,
      include_adult: false,
      language,
      // Not `year`, which matches any release (festival, regional, re-release):
      // `primary_release_year` matches the date our `year` field is computed from.
      primary_release_year: query.year,
    };
    try {
      const [page, genreName] = await Promise.all([
        client.get("/search/movie", params, tmdbMoviePageSchema, signal),
        genres.lookup(),
      ]);
      return toSearchPage(text, page, genreName, query.genreId);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      // Search never 404s on TMDB: the base URL is wrong (e.g. lacks `/3`).
      logger.error(
        { path: "/search/movie" },
        "TMDB has no search endpoint at the configured base URL",
      );
      throw new UpstreamBadResponseError("The movie catalog answered with an error");
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
      return toMovieDetails(movie, genreName, language);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError(`No movie with id ${id}`);
      throw error;
    }
  }

  return { source: "tmdb", search, getMovie };
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
