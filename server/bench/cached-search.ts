import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FakeTmdb, startFakeTmdb } from "../test/fake-tmdb/server.js";
import { freePort } from "../test/support/free-port.js";
import type { LoadGenerator, LoadResult } from "./http-load.js";
import { answers, PINNED, type Running, startNode } from "./processes.js";
import { percentile } from "./stats.js";

/**
 * Cached `/api/search` against a bare `node:http` server returning the same
 * bytes, measured in the same run, in alternating rounds, by each load
 * generator given; and the upstream calls a burst of identical cold searches costs.
 */
export interface HttpReport {
  connections: number;
  seconds: number;
  rounds: number;
  pinned: boolean;
  bodyBytes: number;
  /** The app's answer headers the baseline sends too (all but Date, Connection, Keep-Alive). */
  replayedHeaders: string[];
  /** One comparison per load generator: wrk when installed, and autocannon always. */
  comparisons: Comparison[];
  burst: { requests: number; upstreamCalls: number; allOk: boolean };
}

/** The app against the bare server, both loaded by one generator. */
export interface Comparison {
  generator: LoadGenerator["name"];
  app: LoadResult[];
  raw: LoadResult[];
  /** App throughput over baseline throughput in each round (measured back to back). */
  roundRatios: number[];
  /**
   * The median of `roundRatios`: pairing each app run with the baseline run
   * beside it cancels most of the drift a shared machine adds between rounds.
   */
  ratio: number;
  /**
   * The app's p99 over one long run after the rounds: one-second rounds are
   * right for throughput, but a single stall of this VM (tens of ms) is over
   * 1 % of a one-second round and would stand in for its p99.
   */
  appP99Ms: number;
  /** The worst p99 of the app's one-second rounds, for the record. */
  worstRoundP99Ms: number;
  /** The same for the bare server: a stall both show is the VM's, not the app's. */
  worstRawRoundP99Ms: number;
}

const TOKEN = "bench-token";
const RAW_SERVER = fileURLToPath(new URL("./raw-http-server.ts", import.meta.url));
const SEARCH = "/api/search?q=matrix";
const LATENCY_RUN_SECONDS = 10;

export async function measureHttp(
  entry: string,
  generators: LoadGenerator[],
  options = { connections: 50, seconds: 1, rounds: 21 },
): Promise<HttpReport> {
  const tmdb = await startFakeTmdb({ accessToken: TOKEN });
  const running: Running[] = [];
  const bodyFile = join(tmpdir(), `netflix-clone-bench-${process.pid}.json`);
  const headersFile = join(tmpdir(), `netflix-clone-bench-${process.pid}.headers.json`);
  try {
    const appUrl = `http://127.0.0.1:${await freePort()}`;
    running.push(await startApp(entry, appUrl, tmdb));
    // The first search fills the cache; every measured one is a hit. Like the generators'
    // requests, it asks for no compression, so its bytes are the ones the load gets.
    const cached = await fetch(`${appUrl}${SEARCH}`, {
      headers: { "accept-encoding": "identity" },
    });
    const body = Buffer.from(await cached.arrayBuffer());
    writeFileSync(bodyFile, body);
    const headers = replayableHeaders(cached.headers);
    writeFileSync(headersFile, JSON.stringify(headers));

    const rawUrl = `http://127.0.0.1:${await freePort()}`;
    running.push(
      await startNode(
        ["--import", "tsx", RAW_SERVER, new URL(rawUrl).port, bodyFile, headersFile],
        {},
        () => answers(`${rawUrl}/`),
      ),
    );

    const urls = { raw: `${rawUrl}${SEARCH}`, app: `${appUrl}${SEARCH}` };
    const measured = generators.map((generator) => ({
      generator,
      app: [] as LoadResult[],
      raw: [] as LoadResult[],
    }));
    for (const { generator } of measured) {
      // JIT, connections, caches: once per server and generator, before any measured round.
      for (const url of Object.values(urls)) await generator.run(url, options.connections, 2);
    }
    // Short rounds, back to back, the order flipped every round: this VM's speed drifts
    // within seconds, and a long round of one server beside a long round of the other
    // measured the drift more than the servers.
    for (let round = 0; round < options.rounds; round++) {
      for (const { generator, app, raw } of measured) {
        const order = round % 2 === 0 ? (["raw", "app"] as const) : (["app", "raw"] as const);
        for (const server of order) {
          const result = await generator.run(urls[server], options.connections, options.seconds);
          (server === "raw" ? raw : app).push(result);
        }
      }
    }

    const latency: LoadResult[] = [];
    for (const { generator } of measured) {
      latency.push(await generator.run(urls.app, options.connections, LATENCY_RUN_SECONDS));
    }

    const burst = await coldBurst(appUrl, tmdb, 100);
    return {
      ...options,
      pinned: PINNED,
      bodyBytes: body.length,
      replayedHeaders: Object.keys(headers),
      comparisons: measured.map(({ generator, app, raw }, index) =>
        compare(generator, app, raw, latency[index] as LoadResult),
      ),
      burst,
    };
  } finally {
    for (const child of running.reverse()) await child.stop();
    await tmdb.close();
    rmSync(bodyFile, { force: true });
    rmSync(headersFile, { force: true });
  }
}

function compare(
  generator: LoadGenerator,
  app: LoadResult[],
  raw: LoadResult[],
  latency: LoadResult,
): Comparison {
  const roundRatios = app.map(
    (result, round) => result.requestsPerSecond / (raw[round]?.requestsPerSecond ?? Number.NaN),
  );
  return {
    generator: generator.name,
    app,
    raw,
    roundRatios,
    ratio: percentile(roundRatios, 0.5),
    appP99Ms: latency.p99Ms,
    worstRoundP99Ms: Math.max(...app.map((result) => result.p99Ms)),
    worstRawRoundP99Ms: Math.max(...raw.map((result) => result.p99Ms)),
  };
}

/** Headers every Node server writes itself, or that `node:http` computes for the body. */
const WRITTEN_BY_NODE = new Set(["date", "connection", "keep-alive", "content-length"]);

/**
 * The app's answer headers for the baseline to send as they are, so both
 * servers put the same bytes on the wire: the comparison is of the work
 * behind an answer, not of how many headers it carries.
 */
function replayableHeaders(headers: Headers): Record<string, string> {
  const replayed: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!WRITTEN_BY_NODE.has(name)) replayed[name] = value;
  });
  return replayed;
}

function startApp(entry: string, url: string, tmdb: FakeTmdb): Promise<Running> {
  return startNode(
    [entry],
    {
      PORT: new URL(url).port,
      HOST: "127.0.0.1",
      CATALOG: "tmdb",
      TMDB_ACCESS_TOKEN: TOKEN,
      TMDB_BASE_URL: tmdb.baseUrl,
      // Production defaults otherwise: info logs (to /dev/null here), metrics, security headers.
      LOG_LEVEL: "info",
      // The per-client limit stays on (its cost is measured) but never trips for one client.
      API_RATE_LIMIT_PER_MINUTE: "1000000000",
    },
    () => answers(`${url}/readyz`),
  );
}

/**
 * `requests` identical searches for a query nobody asked before, all at once,
 * while TMDB takes 200 ms to answer: how many reach TMDB.
 */
async function coldBurst(appUrl: string, tmdb: FakeTmdb, requests: number) {
  tmdb.setLatency(200);
  const before = tmdb.count("/search/movie");
  const statuses = await Promise.all(
    Array.from({ length: requests }, () =>
      fetch(`${appUrl}/api/search?q=blade%20runner`).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      }),
    ),
  );
  tmdb.setLatency(0);
  return {
    requests,
    upstreamCalls: tmdb.count("/search/movie") - before,
    allOk: statuses.every((status) => status === 200),
  };
}
