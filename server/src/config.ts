import { z } from "zod";

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

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? fallback : Number(value)),
    z
      .number({ error: `expected a whole number from ${min} to ${max}` })
      .int({ error: `expected a whole number from ${min} to ${max}` })
      .min(min, { error: `expected a whole number from ${min} to ${max}` })
      .max(max, { error: `expected a whole number from ${min} to ${max}` }),
  );

const httpUrl = z
  .url({ protocol: /^https?$/, error: "expected an http(s) URL" })
  .transform((url) => url.replace(/\/+$/, ""));

const envSchema = z.object({
  PORT: integer(0, 65_535, 8080),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  CATALOG: z
    .enum(["auto", "tmdb", "offline"], { error: "expected one of auto, tmdb, offline" })
    .default("auto"),
  TMDB_ACCESS_TOKEN: optionalText,
  TMDB_API_KEY: optionalText,
  TMDB_BASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    httpUrl.default("https://api.themoviedb.org/3"),
  ),
  TMDB_TIMEOUT_MS: integer(100, 60_000, 3000),
  REDIS_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ protocol: /^rediss?$/, error: "expected a redis:// or rediss:// URL" }).optional(),
  ),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(", ")}` })
    .default("info"),
  /** Seconds in-flight requests get to finish after SIGTERM before the process exits anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: integer(1, 300, 10),
  /** The git revision this build came from; the image sets it. */
  GIT_REVISION: optionalText,
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
  const catalog = CATALOG === "auto" ? (hasCredential ? "tmdb" : "offline") : CATALOG;
  return { ...rest, catalog };
}
