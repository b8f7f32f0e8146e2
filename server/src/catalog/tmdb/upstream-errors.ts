import {
  BadRequestError,
  type CatalogError,
  CatalogNotConfiguredError,
  NotFoundError,
  UpstreamBadResponseError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../errors.js";
import type { TmdbLogger } from "./options.js";

/**
 * What to throw for an error from an endpoint TMDB always has (search, its
 * lists): a 404 there means the configured base URL is wrong (e.g. lacks
 * `/3`), which the operator must hear about and the viewer must not see as
 * "nothing found". Other errors are returned as they are.
 */
export function missingEndpointAsMisconfiguration(
  error: unknown,
  path: string,
  logger: TmdbLogger,
): unknown {
  if (!(error instanceof NotFoundError)) return error;
  logger.error({ path }, "TMDB has no such endpoint at the configured base URL");
  return new UpstreamBadResponseError("The movie catalog answered with an error");
}

/** TMDB's `status_code` for "Invalid page: Pages start at 1 and max at 500". */
const TMDB_INVALID_PAGE = 22;
export interface UpstreamFailure {
  status: number;
  /** TMDB's own `status_code` from the error body, when it sent one. */
  tmdbCode: number | undefined;
  /**
   * After a 429: how long the caller should wait, in whole seconds (the
   * client's own pause, which follows TMDB's `Retry-After` when it sent one).
   */
  retryAfterSeconds: number;
}

/**
 * Turns a non-2xx TMDB answer into a domain error. Messages are ours, never
 * TMDB's: an upstream body can't leak to a user this way.
 *
 * @see https://developer.themoviedb.org/docs/errors
 */
export function errorForUpstreamFailure(failure: UpstreamFailure): CatalogError {
  const { status, tmdbCode } = failure;
  if (status === 404) return new NotFoundError("Not found in the movie catalog");
  if (status === 401) {
    return new CatalogNotConfiguredError("The movie catalog is not configured correctly");
  }
  if (status === 429) {
    return new UpstreamRateLimitedError(
      "The movie catalog is receiving too many requests; try again shortly",
      Math.max(1, Math.ceil(failure.retryAfterSeconds)),
    );
  }
  if (status === 400 && tmdbCode === TMDB_INVALID_PAGE) {
    return new BadRequestError("Page must be between 1 and 500");
  }
  // TMDB's 504 (code 24) is its own backend timing out, which a client experiences as a timeout.
  if (status === 504) return new UpstreamTimeoutError("The movie catalog did not answer in time");
  // Every other 5xx is TMDB failing to serve, not TMDB sending something wrong: its 503 says
  // "offline" or "down for maintenance" (codes 9, 46), its 500 "something went wrong" (code
  // 11), a 502 comes from its edge. Still failing after our retries, it is unavailable for
  // now: a 503 with Retry-After tells the caller to come back, which a 502 would not.
  if (status >= 500) return new UpstreamUnavailableError("The movie catalog is unavailable");
  // A 4xx we don't expect means TMDB rejected what we sent: its contract is not the one we know.
  return new UpstreamBadResponseError("The movie catalog answered with an error");
}
