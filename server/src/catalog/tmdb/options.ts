/** What the TMDB adapter needs from its host: where TMDB is, how to authenticate, how to log. */

/** The pino-compatible subset of a logger the adapter writes to. */
export interface TmdbLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TmdbCatalogOptions {
  /** `TMDB_BASE_URL`, e.g. `https://api.themoviedb.org/3` (tests: the fake TMDB). */
  baseUrl: string;
  /** Read access token, sent as `Authorization: Bearer <token>`; preferred when both are set. */
  accessToken?: string | undefined;
  /** v3 API key, sent as the `api_key` query parameter. */
  apiKey?: string | undefined;
  /** Timeout of one attempt, in milliseconds (the whole call's limit is `budgetMs`). */
  timeoutMs?: number | undefined;
  /** TMDB `language` parameter for titles, overviews and genre names. */
  language?: string | undefined;
  /** ISO 3166-1 country for watch providers and regional lists (now playing, popular). */
  region?: string | undefined;
  logger: TmdbLogger;
}

export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_LANGUAGE = "en-US";
export const DEFAULT_REGION = "US";
