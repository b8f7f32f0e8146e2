import type { ErrorCode } from "../catalog/errors.js";

/**
 * Every `error.code` the API answers with: the catalog's domain errors, plus
 * what only HTTP knows (a limit, a closed connection, a refused request).
 * Clients switch on these strings, so they are listed here, once, and
 * `sendError` takes nothing else.
 */
export type HttpErrorCode =
  | ErrorCode
  | "client_closed_request"
  | "uri_too_long"
  | "headers_too_large"
  | "payload_too_large"
  | "unsupported_media_type"
  | "request_timeout"
  | "rate_limited";
