import { describe, expect, it } from "vitest";
import { isLevelEnabled, lazyRequestLogger } from "../../src/http/lazy-request-logger.js";
import { createLogger } from "../../src/logger.js";

function root(level: string) {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => lines.push(line) });
  let children = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    children++;
    return child(...args);
  }) as typeof logger.child;
  return { logger, lines, children: () => children };
}

describe("lazyRequestLogger", () => {
  it("creates no child logger while nothing is written at an enabled level", () => {
    const { logger, children, lines } = root("info");
    const requestLog = lazyRequestLogger(logger, { reqId: "r-1" }, {});
    requestLog.debug({ status: 200 }, "request completed");
    requestLog.trace("detail");
    expect(children()).toBe(0);
    expect(lines).toEqual([]);
    expect(requestLog.level).toBe("info");
  });

  it("writes through one child bound to the request id once a line is due", () => {
    const { logger, children, lines } = root("info");
    const requestLog = lazyRequestLogger(logger, { reqId: "r-2" }, {});
    requestLog.info({ status: 404 }, "request completed");
    requestLog.warn("again");
    expect(children()).toBe(1);
    expect(lines.map((line) => JSON.parse(line).reqId)).toEqual(["r-2", "r-2"]);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ status: 404, msg: "request completed" });
  });

  it("tells whether a level is on without creating a child, and follows a level set on it", () => {
    const { logger, children, lines } = root("info");
    const requestLog = lazyRequestLogger(logger, { reqId: "r-3" }, {});
    expect(isLevelEnabled(requestLog, "debug")).toBe(false);
    expect(isLevelEnabled(requestLog, "info")).toBe(true);
    expect(children()).toBe(0);
    requestLog.level = "debug";
    expect(isLevelEnabled(requestLog, "debug")).toBe(true);
    requestLog.debug("now written");
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["now written"]);
    expect(logger.isLevelEnabled("debug")).toBe(false);
  });

  it("writes each method at its own pino level", () => {
    const { logger, lines } = root("trace");
    const requestLog = lazyRequestLogger(logger, { reqId: "r-4" }, {});
    requestLog.fatal("f");
    requestLog.error("e");
    requestLog.warn("w");
    requestLog.info("i");
    requestLog.debug("d");
    requestLog.trace("t");
    expect(lines.map((line) => [JSON.parse(line).msg, JSON.parse(line).level])).toEqual([
      ["f", 60],
      ["e", 50],
      ["w", 40],
      ["i", 30],
      ["d", 20],
      ["t", 10],
    ]);
  });
});
