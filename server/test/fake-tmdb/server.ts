import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import type { FaultName } from "./faults.js";
import type { FakeResponse } from "./responses.js";
import { type RouterOptions, route } from "./router.js";

export { FAULT_MOVIE_IDS, FAULT_QUERIES, type FaultName } from "./faults.js";
export { EDGE_CASE_IDS, FILMS, filmById } from "./fixtures/index.js";

/** Used when `startFakeTmdb` is given neither credential. */
const DEFAULT_FAKE_ACCESS_TOKEN = "fake-tmdb-read-access-token";
export const DEFAULT_FAKE_API_KEY = "fake-tmdb-v3-api-key-for-tests";

export interface FakeTmdbOptions {
  /** Accepted as `Authorization: Bearer`. */
  accessToken?: string | undefined;
  /** Accepted as `?api_key=`. */
  apiKey?: string | undefined;
  /** Default: a free port chosen by the OS. */
  port?: number | undefined;
  /** How long the `slow` fault waits before answering; default 10 s. */
  slowDelayMs?: number | undefined;
  /** Make `/genre/movie/list` answer 500, to exercise a client's fallback. */
  failGenreList?: boolean | undefined;
  /** Every answer waits this long first (a slow network or a busy TMDB); default 0. */
  latencyMs?: number | undefined;
}

export interface RecordedRequest {
  method: string;
  /** As received, with the version prefix: `/3/search/movie`. */
  path: string;
  query: Record<string, string>;
  authorization?: string;
  accept?: string;
}

/** TCP connections clients opened to the fake: what a connection pool cap is about. */
export interface ConnectionStats {
  /** Open right now. */
  open: number;
  /** The most that were open at once since the start (or `resetConnectionStats`). */
  peak: number;
  total: number;
}

export interface FakeTmdb {
  /** Like `http://127.0.0.1:PORT/3`, for `TMDB_BASE_URL`. */
  baseUrl: string;
  /** Every request received, in order; tests may clear it with `requests.length = 0`. */
  requests: RecordedRequest[];
  /** How many requests reached `path` (without the `/3` prefix, e.g. `/search/movie`). */
  count(path: string): number;
  /**
   * Every authenticated request gets this fault until called again with
   * `undefined`, or only the next `times` requests.
   */
  setFault(fault: FaultName | undefined, options?: { times?: number }): void;
  /** Every answer waits `ms` first, from now on. */
  setLatency(ms: number): void;
  readonly connections: Readonly<ConnectionStats>;
  resetConnectionStats(): void;
  /** Stops listening and drops every connection: clients now get "connection refused". */
  suspend(): Promise<void>;
  /** Listens again on the same port after `suspend`. */
  resume(): Promise<void>;
  /** Stops listening and drops every connection, even keep-alive and slow ones. Idempotent. */
  close(): Promise<void>;
}

/**
 * A fake TMDB v3 API on loopback that answers in TMDB's exact format from the
 * fixtures, with fault triggers and controls for tests (README.md). node:http only.
 */
export async function startFakeTmdb(options: FakeTmdbOptions = {}): Promise<FakeTmdb> {
  const noCredentials = options.accessToken === undefined && options.apiKey === undefined;
  const routerOptions: RouterOptions = {
    credentials: noCredentials
      ? { accessToken: DEFAULT_FAKE_ACCESS_TOKEN, apiKey: DEFAULT_FAKE_API_KEY }
      : { accessToken: options.accessToken, apiKey: options.apiKey },
    failGenreList: options.failGenreList ?? false,
  };
  const slowDelayMs = options.slowDelayMs ?? 10_000;
  let latencyMs = options.latencyMs ?? 0;
  /** Requests left before a `setFault(…, { times })` fault clears itself. */
  let faultsLeft = Number.POSITIVE_INFINITY;
  const requests: RecordedRequest[] = [];
  const connections: ConnectionStats = { open: 0, peak: 0, total: 0 };
  const sockets = new Set<Socket>();
  /** Aborted by `suspend` and `close`, so waiting answers are abandoned at once. */
  let goingAway = new AbortController();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-tmdb.invalid");
    const { authorization, accept } = request.headers;
    requests.push({
      method: request.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(authorization === undefined ? {} : { authorization }),
      ...(accept === undefined ? {} : { accept }),
    });
    const answer = route(
      {
        method: request.method ?? "GET",
        pathname: url.pathname,
        params: url.searchParams,
        authorization,
      },
      routerOptions,
    );
    if (routerOptions.fault && --faultsLeft <= 0) routerOptions.fault = undefined;
    void answerAfter(latencyMs, request, response, answer);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    connections.open++;
    connections.total++;
    connections.peak = Math.max(connections.peak, connections.open);
    socket.once("close", () => {
      sockets.delete(socket);
      connections.open--;
    });
  });

  /** Waits `ms` (forever for Infinity); false when the client or the fake went away first. */
  async function waitFor(ms: number, response: ServerResponse): Promise<boolean> {
    if (ms <= 0) return true;
    const clientGone = new AbortController();
    response.once("close", () => clientGone.abort());
    const signal = AbortSignal.any([goingAway.signal, clientGone.signal]);
    try {
      if (ms === Number.POSITIVE_INFINITY) {
        await new Promise((_, reject) => signal.addEventListener("abort", reject, { once: true }));
      }
      await delay(ms, undefined, { signal });
      return true;
    } catch {
      response.destroy();
      return false;
    }
  }

  async function answerAfter(
    ms: number,
    request: IncomingMessage,
    response: ServerResponse,
    answer: FakeResponse,
  ) {
    if (await waitFor(ms, response)) send(request, response, answer);
  }

  function send(request: IncomingMessage, response: ServerResponse, answer: FakeResponse) {
    switch (answer.kind) {
      case "hang-up":
        request.socket.destroy();
        return;
      case "hang":
        void waitFor(Number.POSITIVE_INFINITY, response);
        return;
      case "slow":
        void answerAfter(slowDelayMs, request, response, answer.answer);
        return;
      case "body":
        response.writeHead(answer.status, {
          "Content-Type": "application/json;charset=utf-8",
          ...answer.headers,
        });
        response.end(answer.body);
    }
  }

  async function listen(port: number): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    return (server.address() as AddressInfo).port;
  }

  async function stopListening(): Promise<void> {
    goingAway.abort();
    await new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    });
  }

  const port = await listen(options.port ?? 0);
  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}/3`,
    requests,
    count: (path) => requests.filter((request) => request.path === `/3${path}`).length,
    setFault(fault, faultOptions) {
      routerOptions.fault = fault;
      faultsLeft = faultOptions?.times ?? Number.POSITIVE_INFINITY;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    connections,
    resetConnectionStats() {
      connections.peak = connections.open;
      connections.total = 0;
    },
    suspend: stopListening,
    async resume() {
      goingAway = new AbortController();
      await listen(port);
    },
    close() {
      closing ??= server.listening ? stopListening() : Promise.resolve();
      return closing;
    },
  };
}
