import { type DestinationStream, type Logger, pino } from "pino";

/**
 * Where a credential could sit in a log object, as exact paths. The TMDB
 * adapter and the Redis store never log a credential or a URL holding one
 * (tests check every log line), so redaction is a second line of defence.
 * Exact paths only: pino's wildcard paths cost ~20 µs per log line.
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "headers.cookie",
  'res.headers["set-cookie"]',
  "accessToken",
  "apiKey",
  "api_key",
  "TMDB_ACCESS_TOKEN",
  "TMDB_API_KEY",
  "REDIS_URL",
  "redisUrl",
  "config.TMDB_ACCESS_TOKEN",
  "config.TMDB_API_KEY",
  "config.REDIS_URL",
];

/** Structured JSON logs (one object per line, as CloudWatch and every log shipper take them). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "netflix-clone" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}
