import { describe, expect, it } from "vitest";
import { createLogger, REDACTED_PATHS } from "../src/logger.js";

function capture() {
  const lines: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => lines.push(line) });
  return { logger, text: () => lines.join("") };
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

  it("uses exact paths only: pino's wildcard paths cost ~20 µs a line", () => {
    for (const path of REDACTED_PATHS) expect(path).not.toContain("*");
  });
});
