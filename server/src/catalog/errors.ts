/**
 * Domain errors. Adapters throw these; `http/error-handler.ts` maps them to
 * HTTP in one place. Messages are safe to show to a user: they never carry a
 * credential, an upstream body or a stack.
 */

export type ErrorCode =
  | "bad_request"
  | "not_found"
  | "catalog_not_configured"
  | "upstream_unavailable"
  | "upstream_rate_limited"
  | "upstream_timeout"
  | "upstream_bad_response"
  | "internal";

export abstract class CatalogError extends Error {
  abstract readonly code: ErrorCode;
}

export class NotFoundError extends CatalogError {
  readonly code = "not_found";
}

export class BadRequestError extends CatalogError {
  readonly code = "bad_request";
}

/** The upstream rejected our credential (TMDB 401): an operator's problem. */
export class CatalogNotConfiguredError extends CatalogError {
  readonly code = "catalog_not_configured";
}

export class UpstreamUnavailableError extends CatalogError {
  readonly code = "upstream_unavailable";
  constructor(
    message: string,
    /** Seconds until we try the upstream again (an open circuit knows), when known. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export class UpstreamRateLimitedError extends CatalogError {
  readonly code = "upstream_rate_limited";
  constructor(
    message: string,
    /** Seconds the client should wait, from the upstream's Retry-After when it sent one. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class UpstreamTimeoutError extends CatalogError {
  readonly code = "upstream_timeout";
}

/**
 * The upstream answered, but with something we cannot use: malformed JSON,
 * the wrong shape, or a 4xx we don't expect. Its 5xx answers are
 * `UpstreamUnavailableError` (TMDB failing is TMDB unavailable, not bad data).
 */
export class UpstreamBadResponseError extends CatalogError {
  readonly code = "upstream_bad_response";
}
