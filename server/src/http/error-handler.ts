import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import {
  CatalogError,
  type ErrorCode,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from "../catalog/errors.js";
import type { HttpErrorCode } from "./error-codes.js";

/**
 * The single place where errors become HTTP answers. Every failure is the JSON
 * envelope `{"error":{"code","message"}}`; 5xx answers never carry internals
 * (the log has them, tied to the request id).
 */

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  not_found: 404,
  catalog_not_configured: 503,
  upstream_unavailable: 503,
  upstream_rate_limited: 503,
  upstream_timeout: 504,
  upstream_bad_response: 502,
  internal: 500,
};

/** Seconds a client should wait before retrying when the catalog is unavailable. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export function sendError(
  reply: FastifyReply,
  status: number,
  code: HttpErrorCode,
  message: string,
) {
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send({ error: { code, message } });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.name === "AbortError") {
      // The client went away (a superseded as-you-type request): nobody to answer, nothing wrong.
      request.log.debug("client closed the request before the answer");
      return sendError(reply, 499, "client_closed_request", "The client closed the request.");
    }
    if (error.validation) {
      return sendError(reply, 400, "bad_request", validationMessage(error));
    }
    if (error instanceof CatalogError) {
      const status = STATUS_BY_CODE[error.code];
      if (error instanceof UpstreamRateLimitedError) {
        reply.header("retry-after", String(error.retryAfterSeconds));
      } else if (error instanceof UpstreamUnavailableError && error.retryAfterSeconds) {
        reply.header("retry-after", String(error.retryAfterSeconds));
      } else if (status === 503) {
        reply.header("retry-after", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      }
      if (status >= 500) request.log.warn({ err: error }, "catalog request failed");
      return sendError(reply, status, error.code, error.message);
    }
    // Fastify's own client errors (bad JSON body, unsupported media type, ...).
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, status, clientErrorCode(status), error.message);
    }
    request.log.error({ err: error }, "unhandled error");
    return sendError(reply, 500, "internal", "Something went wrong on our side.");
  });
}

function clientErrorCode(status: number): HttpErrorCode {
  if (status === 404) return "not_found";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  return "bad_request";
}

/** "q must not be empty" rather than a JSON-schema path dump. */
function validationMessage(error: FastifyError): string {
  const messages = (error.validation ?? []).map((issue) => issue.message).filter(Boolean);
  return messages.length > 0 ? [...new Set(messages)].join("; ") : "The request is not valid.";
}
