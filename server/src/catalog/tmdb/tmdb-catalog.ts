import { BadRequestError, NotFoundError } from "../errors.js";
import type { MovieDetails, SearchPage, SearchQuery } from "../movie.js";
import type { MovieCatalog } from "../port.js";
import { createTmdbBrowse } from "./browse.js";
import type { GenreNames } from "./genre-names.js";
import type { TmdbHttpClient } from "./http-client.js";
import { toMovieDetails, toSearchPage } from "./mapper.js";
import { DEFAULT_LANGUAGE, DEFAULT_REGION, type TmdbLogger } from "./options.js";
import { createQueryCorrection, type TmdbSearchRequest } from "./query-correction.js";
import { tmdbMovieDetailsSchema, tmdbMoviePageSchema } from "./schemas.js";
import { missingEndpointAsMisconfiguration } from "./upstream-errors.js";

/** Everything the details page shows, in one request (TMDB allows up to 20 appends). */
const DETAILS_APPENDS = "credits,videos,release_dates,similar,recommendations,watch/providers";

/** What the catalog is made of; `openTmdbAdapter` (open-tmdb-adapter.ts) builds it from the configuration. */
export interface TmdbCatalogParts {
  client: TmdbHttpClient;
  /** Shared with the host, which loads them before taking traffic. */
  genres: GenreNames;
  language?: string | undefined;
  region?: string | undefined;
  logger: TmdbLogger;
}

/** The `MovieCatalog` backed by TMDB's v3 API. */
export function createTmdbCatalog(parts: TmdbCatalogParts): MovieCatalog {
  const { client, genres, logger } = parts;
  const language = parts.language ?? DEFAULT_LANGUAGE;
  const region = (parts.region ?? DEFAULT_REGION).toUpperCase();

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

/**
 * The languages most films are made in (ISO 639-1; TMDB writes Cantonese
 * "cn"). A film's only trailer is often in its own language (La Haine's is
 * French), which the details call can't know before it asks, so it asks for
 * these too; the mapper still prefers the viewer's language, then English.
 */
const FILM_LANGUAGES = "fr es de it ja ko zh cn hi pt ru sv da no fi nl pl tr fa th ta te ml".split(
  " ",
);

/** `en-US` → `en,null,fr,es,…`; `fr-FR` → `fr,en,null,es,…` (`null`: videos with no language tag). */
function videoLanguages(language: string): string {
  const primary = language.split("-")[0]?.toLowerCase() || "en";
  return [...new Set([primary, "en", "null", ...FILM_LANGUAGES])].join(",");
}
