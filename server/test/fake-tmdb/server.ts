import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import type { FakeResponse } from "./responses.js";
import { route } from "./router.js";

export { FAULT_MOVIE_IDS, FAULT_QUERIES, type FaultName } from "./faults.js";
export { EDGE_CASE_IDS, FILMS, filmById } from "./fixtures/index.js";

/** Used when `startFakeTmdb` is given neither credential. */
export const DEFAULT_FAKE_ACCESS_TOKEN = "fake-tmdb-read-access-token";
export const DEFAULT_FAKE_API_KEY = "0123456789abcdef0123456789abcdef";

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
}

export interface RecordedRequest {
  method: string;
  /** As received, with the version prefix: `/3/search/movie`. */
  path: string;
  query: Record<string, string>;
  authorization?: string;
  accept?: string;
}

export interface FakeTmdb {
  /** Like `http://127.0.0.1:PORT/3`, for `TMDB_BASE_URL`. */
  baseUrl: string;
  /** Every request received, in order; tests may clear it with `requests.length = 0`. */
  requests: RecordedRequest[];
  /** Stops listening and drops every connection, even keep-alive and slow ones. Idempotent. */
  close(): Promise<void>;
}

/**
 * A fake TMDB v3 API on loopback that answers in TMDB's exact format from the
 * fixtures, with fault triggers for tests (README.md). node:http only.
 */
export async function startFakeTmdb(options: FakeTmdbOptions = {}): Promise<FakeTmdb> {
  const noCredentials = options.accessToken === undefined && options.apiKey === undefined;
  const routerOptions = {
    credentials: noCredentials
      ? { accessToken: DEFAULT_FAKE_ACCESS_TOKEN, apiKey: DEFAULT_FAKE_API_KEY }
      : { accessToken: options.accessToken, apiKey: options.apiKey },
    failGenreList: options.failGenreList ?? false,
  };
  const slowDelayMs = options.slowDelayMs ?? 10_000;
  const requests: RecordedRequest[] = [];
  const shuttingDown = new AbortController();

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
    void send(request, response, answer);
  });

  async function send(request: IncomingMessage, response: ServerResponse, answer: FakeResponse) {
    if (answer.kind === "hang-up") {
      request.socket.destroy();
      return;
    }
    if (answer.kind === "slow") {
      const clientGone = new AbortController();
      response.once("close", () => clientGone.abort());
      try {
        await delay(slowDelayMs, undefined, {
          signal: AbortSignal.any([shuttingDown.signal, clientGone.signal]),
        });
      } catch {
        response.destroy();
        return;
      }
      return send(request, response, answer.answer);
    }
    response.writeHead(answer.status, {
      "Content-Type": "application/json;charset=utf-8",
      ...answer.headers,
    });
    response.end(answer.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}/3`,
    requests,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        shuttingDown.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
