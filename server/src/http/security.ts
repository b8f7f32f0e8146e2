import type { FastifyInstance } from "fastify";
import { ClientRateLimit } from "./client-rate-limit.js";
import { sendError } from "./error-handler.js";
import { isApiPath, originForm } from "./request-path.js";
import { SERVER_LIMITS } from "./server-limits.js";

/** TMDB's image host, where every poster, backdrop, profile and provider logo comes from. */
const TMDB_IMAGES = "https://image.tmdb.org";
/** Trailers play in YouTube's privacy-enhanced embed (the web app uses youtube-nocookie). */
const YOUTUBE_EMBEDS = ["https://www.youtube-nocookie.com", "https://www.youtube.com"];

/**
 * A strict Content-Security-Policy: scripts, styles and API calls from our own
 * origin only, no inline script, images from us and TMDB, frames only from
 * YouTube's embeds, and nobody may frame us.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", TMDB_IMAGES],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "frame-src": YOUTUBE_EMBEDS,
  "media-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * Security headers of pages and files (everything but the API), computed
 * once: helmet's Fastify plugin rebuilds them on every request, which cost a
 * fifth of a cached answer's time.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; "),
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  // YouTube's embedded player refuses to play without a referrer; send the origin, never the path.
  "referrer-policy": "strict-origin-when-cross-origin",
  // Browsers ignore it over plain HTTP; behind the HTTPS load balancer it pins HTTPS.
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/**
 * The API's answers are JSON (or SVG artwork, which sets its own CSP), never
 * a document to render: the OWASP REST set, with a CSP that allows nothing at
 * all and forbids framing. Fewer, shorter headers on the hottest path.
 */
const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-origin",
  "strict-transport-security": SECURITY_HEADERS["strict-transport-security"] as string,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

/** The security headers of an answer to this (origin-form) URL: the API's set or the pages'. */
export function securityHeadersFor(url: string): Readonly<Record<string, string>> {
  return isApiPath(url) ? API_SECURITY_HEADERS : SECURITY_HEADERS;
}

export interface SecurityOptions {
  /** Requests per minute one client (IP) may make to /api; 0 turns the limit off. */
  apiRateLimitPerMinute: number;
  /** True after SIGTERM: answers then ask keep-alive clients to reconnect (to another replica). */
  isDraining: () => boolean;
}

/**
 * Offline posters and backdrops are drawn in memory and cached by browsers; a
 * home page alone asks for dozens, so counting them would lock out viewers
 * behind one office address without saving a single upstream call.
 */
const GENERATED_ARTWORK = /^\/api\/(?:posters|backdrops)\//;

/**
 * Every answer's headers (security headers, the request id, `Connection:
 * close` while draining), a cap on URL length, and a per-client rate limit
 * on /api (probes, metrics and the web app's files are free: only the API
 * costs upstream calls). One hook does it all: hooks are a noticeable share
 * of a cached answer's time.
 */
export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  const limiter =
    options.apiRateLimitPerMinute > 0
      ? new ClientRateLimit(options.apiRateLimitPerMinute)
      : undefined;
  app.addHook("onRequest", (request, reply, done) => {
    const url = originForm(request.url);
    const isApi = isApiPath(url);
    reply.headers(isApi ? API_SECURITY_HEADERS : SECURITY_HEADERS);
    // Node replaces it once the answer is written (by the keep-alive timeout). An injected
    // request (tests) has a socket without timers.
    if (!isApi) request.raw.socket.setTimeout?.(SERVER_LIMITS.fileAnswerIdleTimeoutMs);
    reply.header("x-request-id", request.id);
    if (options.isDraining()) reply.header("connection", "close");
    if (request.raw.headers.host === undefined && request.raw.httpVersion === "1.1") {
      sendError(reply, 400, "bad_request", "An HTTP/1.1 request must name its Host.");
      return;
    }
    if (request.url.length > SERVER_LIMITS.maxUrlLength) {
      // Answered here: the route (and its validation) never sees the request.
      sendError(reply, 414, "uri_too_long", "The request's URL is too long.");
      return;
    }
    const retryAfterSeconds =
      limiter && isApi && !GENERATED_ARTWORK.test(url) ? limiter.take(request.ip) : undefined;
    if (retryAfterSeconds !== undefined) {
      reply.header("retry-after", String(retryAfterSeconds));
      sendError(
        reply,
        429,
        "rate_limited",
        `Too many requests; try again in ${retryAfterSeconds} s.`,
      );
      return;
    }
    done();
  });
}
