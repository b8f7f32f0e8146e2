import type { z } from "zod";
import {
  type CatalogError,
  UpstreamBadResponseError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../errors.js";
import { authorize, type TmdbCredential } from "./credentials.js";
import { type Deadline, startDeadline } from "./deadline.js";
import type { TmdbLogger } from "./options.js";
import { buildUrl, type QueryParams, redactUrl } from "./request-url.js";
import { tmdbErrorBodySchema } from "./schemas.js";
import { errorForUpstreamFailure } from "./upstream-errors.js";

export interface TmdbHttpClientOptions {
  baseUrl: string;
  credential: TmdbCredential;
  timeoutMs: number;
  logger: TmdbLogger;
}

/** GETs one TMDB endpoint and returns its body validated by `schema`, or throws a domain error. */
export interface TmdbHttpClient {
  get<T>(path: string, params: QueryParams, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * The only place the adapter touches the network: authentication, timeout,
 * and turning every way a request can fail into a typed `CatalogError`.
 * A caller's own abort is rethrown as the caller's abort reason, untouched.
 *
 * @see https://developer.themoviedb.org/docs/getting-started
 */
export function createTmdbHttpClient(options: TmdbHttpClientOptions): TmdbHttpClient {
  const { credential, logger } = options;

  async function get<T>(
    path: string,
    params: QueryParams,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const url = buildUrl(options.baseUrl, path, params);
    const headers = new Headers({ Accept: "application/json" });
    authorize(credential, url, headers);
    const endpoint = redactUrl(url);
    const deadline = startDeadline(options.timeoutMs, signal);

    let response: Response;
    let body: string;
    try {
      response = await fetch(url, { headers, signal: deadline.signal });
      body = await response.text();
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      throw transportError(cause, deadline, endpoint);
    }
    if (!response.ok) throw upstreamError(response, body, endpoint);
    return parseBody(body, schema, endpoint);
  }

  function transportError(cause: unknown, deadline: Deadline, endpoint: string): CatalogError {
    if (deadline.timedOut()) {
      logger.warn({ endpoint, timeoutMs: options.timeoutMs }, "TMDB did not answer in time");
      return new UpstreamTimeoutError("The movie catalog did not answer in time");
    }
    logger.warn({ endpoint, reason: networkReason(cause) }, "TMDB could not be reached");
    return new UpstreamUnavailableError("The movie catalog cannot be reached");
  }

  function upstreamError(response: Response, body: string, endpoint: string): CatalogError {
    const tmdbCode = tmdbStatusCode(body);
    const { status } = response;
    if (status === 401) {
      logger.error(
        { endpoint, status, tmdbCode, credential: credential.kind },
        `TMDB rejected the configured ${credential.kind}: the movie catalog is misconfigured`,
      );
    } else if (status === 429 || status >= 500) {
      logger.warn({ endpoint, status, tmdbCode }, "TMDB answered with an error");
    }
    return errorForUpstreamFailure({
      status,
      tmdbCode,
      retryAfter: response.headers.get("retry-after"),
    });
  }

  function parseBody<T>(body: string, schema: z.ZodType<T>, endpoint: string): T {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      logger.warn({ endpoint }, "TMDB sent a body that is not JSON");
      throw new UpstreamBadResponseError("The movie catalog sent a response we could not read");
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    // Paths and codes only: values could be anything the upstream sent.
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.code}`);
    logger.warn({ endpoint, issues }, "TMDB sent JSON of an unexpected shape");
    throw new UpstreamBadResponseError("The movie catalog sent a response we could not read");
  }

  return { get };
}

/** TMDB's `status_code` from an error body, when it is the usual JSON one. */
function tmdbStatusCode(body: string): number | undefined {
  try {
    return tmdbErrorBodySchema.safeParse(JSON.parse(body)).data?.status_code;
  } catch {
    return undefined;
  }
}

/**
 * `ECONNREFUSED`, `ENOTFOUND`... from undici's `fetch failed` TypeError, for
 * the log. Never a message: some quote the URL, which may carry `api_key`.
 */
function networkReason(cause: unknown): string {
  const inner = cause instanceof Error ? cause.cause : undefined;
  if (inner && typeof inner === "object" && "code" in inner) return String(inner.code);
  return cause instanceof Error ? cause.name : "unknown";
}
