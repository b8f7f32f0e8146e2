import { describe, expect, it } from "vitest";
import { parseWrk } from "../../bench/http-load.js";

/** wrk 4.1's report with --latency, as it prints it. */
const REPORT = `Running 1s test @ http://127.0.0.1:18900/api/search?q=matrix
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52ms  412.10us   9.87ms   88.12%
    Req/Sec    33.10k     1.02k   34.50k    80.00%
  Latency Distribution
     50%    1.44ms
     75%    1.61ms
     90%    1.90ms
     99%    3.05ms
  36410 requests in 1.10s, 121.30MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  33098.25
Transfer/sec:    110.27MB
`;

describe("parseWrk", () => {
  it("reads throughput, the median and p99 latency in ms, and every kind of failure", () => {
    expect(parseWrk(REPORT)).toEqual({
      requestsPerSecond: 33098.25,
      p50Ms: 1.44,
      p99Ms: 3.05,
      requests: 36410,
      failures: 7,
    });
  });

  it("converts microseconds and seconds, and counts no failures when wrk reports none", () => {
    const quick = REPORT.replace("1.44ms", "830.00us")
      .replace("3.05ms", "1.20s")
      .replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, "");
    const result = parseWrk(quick);
    expect(result.p50Ms).toBeCloseTo(0.83);
    expect(result.p99Ms).toBe(1200);
    expect(result.failures).toBe(0);
  });
});
