import { z } from "zod";
import { DEFAULT_REGION, DEFAULT_TIMEOUT_MS } from "./catalog/tmdb/options.js";
import { DEFAULT_LIMITS } from "./catalog/tmdb/outbound/limits.js";
import { DEFAULT_API_RATE_LIMIT_PER_MINUTE } from "./http/client-rate-limit.js";

/**
 * The process configuration, parsed once from the environment at start-up.
 * A bad value stops the process with a message naming the variable and what
 * it expects (see `ConfigError`); nothing else reads `process.env`.
 */

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Unset and empty mean the same thing: `TMDB_API_KEY=` in an env file is "no key". */
const optionalText = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.string().trim().optional(),
);

const wholeNumber = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

/** A whole number in range; unset or empty is `fallback`. */
const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? fallback : Number(value)),
    wholeNumber(min, max),
  );

/** A whole number in range, or undefined when unset or empty. */
const optionalInteger = (min: number, max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? undefined : Number(value)),
    wholeNumber(min, max).optional(),
  );

/** The revision `/version` and the logs report for a build that was not told its own. */
export const UNKNOWN_REVISION = "dev";

const httpUrl = z
  .url({ protocol: /^https?$/, error: "expected an http(s) URL" })
  .transform((url) => url.replace(/\/+$/, ""));

const envSchema = z.object({
  PORT: integer(0, 65_535, 8080),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  /**
   * A port of its own for `GET /metrics` (e.g. 9464), so the load balancer,
   * which routes to PORT, never serves it; unset: /metrics is on PORT.
   */
  METRICS_PORT: optionalInteger(1, 65_535),
  CATALOG: z
    .enum(["auto", "tmdb", "offline"], { error: "expected one of auto, tmdb, offline" })
    .default("auto"),
  TMDB_ACCESS_TOKEN: optionalText,
  TMDB_API_KEY: optionalText,
  TMDB_BASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    httpUrl.default("https://api.themoviedb.org/3"),
  ),
  // The outbound defaults are the adapter's own (outbound/limits.ts, tmdb/options.ts).
  TMDB_TIMEOUT_MS: integer(100, 60_000, DEFAULT_TIMEOUT_MS),
  /** The most one user request may wait on TMDB, retries and rate-limit waits included. */
  TMDB_BUDGET_MS: integer(100, 120_000, DEFAULT_LIMITS.budgetMs),
  /** Our own outbound rate; TMDB allows roughly 40-50 a second per IP. */
  TMDB_RATE_LIMIT_PER_SECOND: integer(1, 1000, DEFAULT_LIMITS.rateLimitPerSecond),
  /** Keep-alive connections to TMDB; it allows 20 per IP. */
  TMDB_MAX_CONNECTIONS: integer(1, 20, DEFAULT_LIMITS.maxConnections),
  TMDB_MAX_RETRIES: integer(0, 5, DEFAULT_LIMITS.maxRetries),
  /** Failed TMDB calls in a row that open the circuit breaker. */
  TMDB_CIRCUIT_FAILURES: integer(1, 1000, DEFAULT_LIMITS.circuitFailureThreshold),
  /** How long the open circuit fails fast before it probes TMDB again. */
  TMDB_CIRCUIT_COOLDOWN_MS: integer(100, 600_000, DEFAULT_LIMITS.circuitCooldownMs),
  /** The country for "where to watch" and TMDB's regional lists (ISO 3166-1, e.g. GB). */
  TMDB_REGION: z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() !== ""
        ? value.trim().toUpperCase()
        : DEFAULT_REGION,
    z
      .string()
      .regex(/^[A-Z]{2}$/, { error: "expected a two-letter country code such as US or GB" }),
  ),
  REDIS_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ protocol: /^rediss?$/, error: "expected a redis:// or rediss:// URL" }).optional(),
  ),
  /** The in-process cache's size (least recently used answers go first). */
  CACHE_MAX_MB: integer(1, 4096, 64),
  /** Requests per minute one client may make to /api; 0 turns the limit off. */
  API_RATE_LIMIT_PER_MINUTE: integer(0, 1_000_000_000, DEFAULT_API_RATE_LIMIT_PER_MINUTE),
  /** Which proxies' X-Forwarded-For to believe, so the rate limit sees the real client. */
  TRUST_PROXY: z.preprocess(
    (value) => (value === undefined || value === "" ? "false" : value),
    z
      .string()
      .trim()
      .regex(/^(true|false|[\da-f.:/]+(\s*,\s*[\da-f.:/]+)*)$/i, {
        error: "expected true, false, or a comma list of proxy addresses/CIDRs",
      })
      .transform(parseTrustProxy),
  ),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(", ")}` })
    .default("info"),
  /** Seconds in-flight requests get to finish after SIGTERM before the process exits anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: integer(1, 300, 10),
  /**
   * Seconds between SIGTERM (readiness turns 503) and closing the listener, so a
   * load balancer stops sending first. Part of SHUTDOWN_TIMEOUT_SECONDS, not added to it.
   */
  SHUTDOWN_DELAY_SECONDS: integer(0, 120, 0),
  /** The git revision this build came from; the image sets it. */
  GIT_REVISION: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().default(UNKNOWN_REVISION),
  ),
  /** Where the built web app lives; defaults to web/dist beside the server. */
  WEB_DIST_DIR: optionalText,
});

type Env = z.infer<typeof envSchema>;

export interface Config extends Omit<Env, "CATALOG"> {
  /** `auto` resolved: TMDB when a credential is set, else offline. */
  catalog: "tmdb" | "offline";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Fastify's `trustProxy`: nobody, the addresses of trusted proxies, or
 * everyone (`true`). `true` believes the left-most `X-Forwarded-For` entry,
 * which the client writes itself behind a proxy that appends (as AWS's load
 * balancers do): fit only for a proxy that replaces the header.
 */
function parseTrustProxy(value: string): boolean | string {
  const lower = value.toLowerCase();
  return lower === "true" || lower === "false" ? lower === "true" : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const { CATALOG, ...rest } = parsed.data;
  const hasCredential = Boolean(rest.TMDB_ACCESS_TOKEN ?? rest.TMDB_API_KEY);
  if (CATALOG === "tmdb" && !hasCredential) {
    throw new ConfigError([
      "CATALOG: is tmdb, but neither TMDB_ACCESS_TOKEN nor TMDB_API_KEY is set",
    ]);
  }
  if (rest.METRICS_PORT !== undefined && rest.METRICS_PORT === rest.PORT) {
    throw new ConfigError(["METRICS_PORT: must differ from PORT (it keeps /metrics off it)"]);
  }
  if (rest.SHUTDOWN_DELAY_SECONDS >= rest.SHUTDOWN_TIMEOUT_SECONDS) {
    throw new ConfigError([
      "SHUTDOWN_DELAY_SECONDS: must be less than SHUTDOWN_TIMEOUT_SECONDS, which includes it",
    ]);
  }
  const catalog = CATALOG === "auto" ? (hasCredential ? "tmdb" : "offline") : CATALOG;
  return { ...rest, catalog };
}
