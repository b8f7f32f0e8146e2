import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";
import { PINNED } from "./processes.js";

/** Throughput and latency of one URL under a fixed number of keep-alive connections. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers: a valid run has none. */
  failures: number;
}

/**
 * A load generator: loads one URL and reports what it saw. On a 2-core
 * machine the generator takes one core and the server the other (the bench
 * pins them with taskset when it can), so absolute numbers are the
 * machine's; the ratio between two servers measured the same way is the
 * point. The generator matters for that ratio. Here a bare `node:http`
 * server is as fast under both, but the app answers autocannon (JavaScript)
 * ~10–15 % faster than wrk (C), so autocannon's ratio is higher; wrk also
 * keeps a server busier (98–99 % of a core against 91–94 %), and under it a
 * slower server pays more kernel time per answer (docs/architecture.md, "Where
 * a cached search's time goes"). We report both and read wrk's as the stricter one.
 */
export interface LoadGenerator {
  name: "wrk" | "autocannon";
  run(url: string, connections: number, seconds: number): Promise<LoadResult>;
}

/** autocannon (npm), in this process: always available. */
export const AUTOCANNON: LoadGenerator = {
  name: "autocannon",
  async run(url, connections, seconds) {
    const result = await autocannon({ url, connections, duration: seconds });
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx,
    };
  },
};

/** wrk (Debian package `wrk`), when installed: one thread, on this process's core. */
export const WRK: LoadGenerator = {
  name: "wrk",
  async run(url, connections, seconds) {
    const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", url];
    const output = await collect(
      PINNED ? "taskset" : "wrk",
      PINNED ? ["-c", "0", "wrk", ...args] : args,
    );
    return parseWrk(output);
  },
};

export function wrkInstalled(): boolean {
  return spawnSync("wrk", ["--version"]).error === undefined;
}

/** wrk's text report: requests, Requests/sec, the latency distribution, errors. */
export function parseWrk(output: string): LoadResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: latencyMs(output, "50%"),
    p99Ms: latencyMs(output, "99%"),
    requests: number(/(\d+) requests in/),
    failures:
      (errors ? errors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0) +
      (Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1]) || 0),
  };
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };

function latencyMs(output: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}\\s+([\\d.]+)(us|ms|s)$`, "m").exec(output);
  return match ? Number(match[1]) * (UNIT_MS[match[2] ?? ""] ?? Number.NaN) : Number.NaN;
}

function collect(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}
