import { describe, expect, it } from "vitest";
import { createLogger, REDACTED_PATHS } from "../src/logger.js";

function capture() {
  const lines: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => lines.push(line) });
  return { logger, text: () => lines.join("") };
}

/**
 * Every place a credential is known to sit, listed here rather than read from
 * `REDACTED_PATHS`, so dropping one from the logger fails its test.
 */
const CREDENTIAL_PATHS = [
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

/** `{ a: { b: { "c-d": value } } }` for the pino path `a.b["c-d"]`. */
function objectWith(path: string, value: string): Record<string, unknown> {
  const keys = [...path.matchAll(/([^.[\]"]+)|\["([^"]+)"\]/g)].map((m) => m[2] ?? m[1] ?? "");
  const root: Record<string, unknown> = {};
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const child: Record<string, unknown> = {};
    node[key] = child;
    node = child;
  }
  node[keys.at(-1) ?? ""] = value;
  return root;
}

describe("createLogger", () => {
  it("writes one JSON object per line with the service name and a request id when bound", () => {
    const { logger, text } = capture();
    logger.child({ reqId: "r-1" }).info({ status: 200 }, "request completed");
    expect(JSON.parse(text())).toMatchObject({
      level: 30,
      service: "netflix-clone",
      reqId: "r-1",
      status: 200,
      msg: "request completed",
    });
  });

  it("redacts credentials wherever the known paths put them", () => {
    const { logger, text } = capture();
    const secret = "SECRET-MUST-NOT-APPEAR-9c1f";
    logger.info({ req: { headers: { authorization: `Bearer ${secret}`, cookie: secret } } }, "a");
    logger.info({ headers: { authorization: secret } }, "b");
    logger.info({ accessToken: secret, apiKey: secret, api_key: secret }, "c");
    logger.info({ TMDB_ACCESS_TOKEN: secret, TMDB_API_KEY: secret, REDIS_URL: secret }, "d");
    logger.info({ config: { TMDB_ACCESS_TOKEN: secret, REDIS_URL: secret } }, "e");
    expect(text()).not.toContain(secret);
    expect(text().match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(11);
  });

  it.each(CREDENTIAL_PATHS)("redacts a secret placed at %s", (path) => {
    const { logger, text } = capture();
    const secret = "SECRET-MUST-NOT-APPEAR-7d2e";
    logger.info(objectWith(path, secret), "one path");
    expect(text()).not.toContain(secret);
    expect(text()).toContain("[redacted]");
  });

  it("uses exact paths only: pino's wildcard paths cost ~20 µs a line", () => {
    for (const path of REDACTED_PATHS) expect(path).not.toContain("*");
  });
});
