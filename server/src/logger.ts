import { type DestinationStream, type Logger, pino } from "pino";

/**
 * Structured JSON logs (one object per line, as CloudWatch and every log
 * shipper take them). Credentials are redacted by path as a second line of
 * defence: the TMDB adapter already never logs them.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "netflix-clone" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          "req.headers.authorization",
          "req.headers.cookie",
          'res.headers["set-cookie"]',
          "*.accessToken",
          "*.apiKey",
          "*.TMDB_ACCESS_TOKEN",
          "*.TMDB_API_KEY",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
