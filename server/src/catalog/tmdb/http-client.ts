import { setTimeout as sleep } from "node:timers/promises";
import type { z } from "zod";
import {
  type CatalogError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../errors.js";
import { SharedFlights } from "../shared-flights.js";
import { authorize, type TmdbCredential } from "./credentials.js";
import type { TmdbLogger } from "./options.js";
import { rateLimitPauseMs, retryAfterMs, retryDelayMs } from "./outbound/backoff.js";
import { type CallTicket, CircuitBreaker } from "./outbound/circuit-breaker.js";
import { endpointLabel } from "./outbound/endpoint-label.js";
import { DEFAULT_LIMITS, definedOnly, type OutboundLimits } from "./outbound/limits.js";
import { NO_UPSTREAM_OBSERVER, type UpstreamObserver } from "./outbound/observer.js";
import { TokenBucket } from "./outbound/token-bucket.js";
import { type AttemptOutcome, createTransport, type Transport } from "./outbound/transport.js";
import { buildUrl, type QueryParams, redactUrl } from "./request-url.js";
import { parseTmdbBody, tmdbStatusCode } from "./response-body.js";
import { errorForUpstreamFailure } from "./upstream-errors.js";

export interface TmdbHttpClientOptions extends OutboundLimits {
  baseUrl: string;
  credential: TmdbCredential;
  /** Timeout of one attempt. */
  timeoutMs: number;
  logger: TmdbLogger;
  observer?: UpstreamObserver | undefined;
  /** For tests: the clock and the jitter. */
  now?: () => number;
  random?: () => number;
}

/** GETs one TMDB endpoint and returns its body validated by `schema`, or throws a domain error. */
export interface TmdbHttpClient {
  get<T>(path: string, params: QueryParams, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T>;
  /** Closes the keep-alive connections (at shutdown). */
  close(): Promise<void>;
}

/**
 * The only place the adapter touches the network, so every TMDB call, now
 * or added later, gets the same discipline: identical concurrent GETs share
 * one request; a token bucket keeps us under TMDB's rate; a capped keep-alive
 * pool; a timeout per attempt and a budget per call; retries with jittered
 * backoff for network errors and 5xx; 429s pause all outbound traffic for
 * `Retry-After`; a circuit breaker fails fast while TMDB is down. Every way a
 * call can fail becomes a typed `CatalogError`; a caller's own abort is
 * rethrown as the caller's abort reason, untouched.
 *
 * @see https://developer.themoviedb.org/docs/rate-limiting
 */
export function createTmdbHttpClient(options: TmdbHttpClientOptions): TmdbHttpClient {
  const { credential, logger } = options;
  const limits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const observer = options.observer ?? NO_UPSTREAM_OBSERVER;
  const transport: Transport = createTransport({ maxConnections: limits.maxConnections });
  const flights = new SharedFlights<string>();
  const limiter = new TokenBucket(
    limits.rateLimitPerSecond,
    Math.max(1, Math.round(limits.rateLimitPerSecond / 4)),
    now,
  );
  const breaker = new CircuitBreaker({
    failureThreshold: limits.circuitFailureThreshold,
    cooldownMs: limits.circuitCooldownMs,
    now,
    onStateChange(state) {
      observer.circuit(state);
      if (state === "open") {
        logger.warn(
          { cooldownMs: limits.circuitCooldownMs },
          "TMDB keeps failing: circuit open, failing fast until a probe succeeds",
        );
      } else if (state === "closed") {
        logger.info({}, "TMDB answers again: circuit closed");
      }
    },
  });
  let consecutive429s = 0;

  async function get<T>(
    path: string,
    params: QueryParams,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const url = buildUrl(options.baseUrl, path, params);
    const headers = new Headers({ Accept: "application/json" });
    authorize(credential, url, headers);
    // The coalescing key and what logs show: the URL without the `api_key` credential.
    const endpoint = redactUrl(url);
    const label = endpointLabel(path);
    const body = await flights.run(
      endpoint,
      (flightSignal) => call(url, Object.fromEntries(headers), { endpoint, label }, flightSignal),
      signal,
      () => observer.coalesced(label),
    );
    return parseTmdbBody(body, schema, endpoint, logger);
  }

  /** One logical call: admission by the breaker, then attempts until success, a final failure or the budget. */
  async function call(
    url: URL,
    headers: Record<string, string>,
    names: CallNames,
    signal: AbortSignal,
  ): Promise<string> {
    const admission = breaker.admit();
    if (!admission.admitted) {
      observer.rejected(names.label, "circuit_open");
      throw new UpstreamUnavailableError(
        "The movie catalog is unavailable; trying again shortly",
        Math.max(1, Math.ceil(admission.retryInMs / 1000)),
      );
    }
    const { ticket } = admission;
    try {
      return await attempts(url, headers, names, now() + limits.budgetMs, ticket, signal);
    } finally {
      // Outcomes were reported inside; this only frees a probe slot after an abort.
      ticket.released();
    }
  }

  async function attempts(
    url: URL,
    headers: Record<string, string>,
    names: CallNames,
    deadline: number,
    ticket: CallTicket,
    signal: AbortSignal,
  ): Promise<string> {
    // A wait (a backoff, a 429's pause) must end early enough for an attempt to follow it.
    const lastStart = deadline - MIN_ATTEMPT_MS;
    for (let attempt = 0; ; attempt++) {
      await waitForSlot(names.label, deadline, signal);
      const remaining = deadline - now();
      if (remaining <= 0) {
        ticket.failed();
        throw timedOut(names.endpoint, "budget");
      }
      const started = performance.now();
      const attemptMs = Math.min(options.timeoutMs, remaining);
      const outcome = await transport.get(url, headers, attemptMs, signal);
      observer.attempt(names.label, statusLabel(outcome), (performance.now() - started) / 1000);
      const canRetry = attempt < limits.maxRetries;

      if (outcome.kind === "timeout") {
        // Not retried: a TMDB that is slow now is rarely faster a moment later, and the budget is spent.
        ticket.failed();
        throw timedOut(names.endpoint, attemptMs < options.timeoutMs ? "budget" : "attempt");
      }
      if (outcome.kind === "answer" && outcome.status < 400) {
        consecutive429s = 0;
        ticket.succeeded();
        return outcome.body;
      }
      if (outcome.kind === "answer" && outcome.status === 429) {
        const pauseMs = pauseAfter429(outcome.retryAfter);
        if (canRetry && pauseMs <= MAX_429_WAIT_MS && now() + pauseMs < lastStart) {
          observer.retry(names.label, "rate_limited");
          continue;
        }
        throw upstreamError(outcome, names.endpoint);
      }
      if (outcome.kind === "answer" && outcome.status < 500) {
        // 401, 404, 400...: TMDB is up and answered; the answer is the caller's problem.
        ticket.succeeded();
        throw upstreamError(outcome, names.endpoint);
      }
      const delayMs = retryDelayMs(attempt, random);
      if (canRetry && now() + delayMs < lastStart) {
        observer.retry(names.label, outcome.kind === "answer" ? "server_error" : "network_error");
        await pause(delayMs, signal);
        continue;
      }
      ticket.failed();
      if (outcome.kind === "network_error") {
        logger.warn(
          { endpoint: names.endpoint, reason: outcome.reason, attempts: attempt + 1 },
          "TMDB could not be reached",
        );
        throw new UpstreamUnavailableError("The movie catalog cannot be reached");
      }
      throw upstreamError(outcome, names.endpoint);
    }
  }

  /**
   * Waits for the rate limiter's slot, or fails at once when it would leave no
   * time to ask, or is further away than a viewer should be held (a 429 pause
   * of seconds holds every request, not only the one TMDB refused).
   */
  async function waitForSlot(label: string, deadline: number, signal: AbortSignal) {
    const waitMs = limiter.reserve(Math.min(deadline - MIN_ATTEMPT_MS, now() + MAX_429_WAIT_MS));
    if (waitMs === undefined) {
      observer.rejected(label, "rate_limited");
      throw new UpstreamRateLimitedError(
        "The movie catalog is receiving too many requests; try again shortly",
        Math.max(1, Math.ceil(limiter.pausedFor() / 1000)),
      );
    }
    if (waitMs > 0) await pause(waitMs, signal);
  }

  /** TMDB limits per IP, so a 429 pauses every outbound request, not just this one. */
  function pauseAfter429(retryAfter: string | undefined): number {
    consecutive429s++;
    const pauseMs = retryAfterMs(retryAfter, now()) ?? rateLimitPauseMs(consecutive429s, random);
    limiter.pause(pauseMs);
    return pauseMs;
  }

  /** Which limit ran out: one attempt's timeout, or the whole call's budget (retries included). */
  function timedOut(endpoint: string, limit: "attempt" | "budget"): CatalogError {
    const limitMs = limit === "attempt" ? options.timeoutMs : limits.budgetMs;
    logger.warn({ endpoint, limit, limitMs }, "TMDB did not answer in time");
    return new UpstreamTimeoutError("The movie catalog did not answer in time");
  }

  function upstreamError(
    outcome: Extract<AttemptOutcome, { kind: "answer" }>,
    endpoint: string,
  ): CatalogError {
    const tmdbCode = tmdbStatusCode(outcome.body);
    const { status } = outcome;
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
      retryAfterSeconds: limiter.pausedFor() / 1000,
    });
  }

  return { get, close: () => transport.close() };
}

/**
 * The longest a request waits out a 429 (its own, or the pause another
 * request's 429 set) or a queue at the rate limiter. Longer waits answer at
 * once (503 with Retry-After, or the last good answer from the cache) rather
 * than holding the viewer for seconds.
 */
const MAX_429_WAIT_MS = 1000;

/** An attempt with less time than this left is not worth starting. */
const MIN_ATTEMPT_MS = 50;

interface CallNames {
  /** The URL without credential, for logs. */
  endpoint: string;
  /** The path template, for metrics. */
  label: string;
}

function statusLabel(outcome: AttemptOutcome): string {
  return outcome.kind === "answer" ? String(outcome.status) : outcome.kind;
}

/** Sleeps, or rejects with the caller's own abort reason (not Node's wrapper). */
async function pause(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  }
}
