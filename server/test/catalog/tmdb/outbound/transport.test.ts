import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createTransport,
  type Transport,
} from "../../../../src/catalog/tmdb/outbound/transport.js";

/**
 * The transport alone, over real HTTP to a tiny local server whose every
 * answer the test writes by hand. The TMDB client's tests (`http-client`,
 * `outbound-discipline`) reach it through retries and error mapping; here
 * each outcome is checked as the transport reports it.
 */

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface LocalServer {
  url: URL;
  /** The request headers each request arrived with, in order. */
  received: IncomingMessage["headers"][];
  /** Sockets ever opened. */
  connections: number;
  /** The most sockets open at once. */
  peakSockets: number;
  /** Sockets open now. */
  openSockets: () => number;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function localServer(handler: Handler): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    local.received.push(request.headers);
    handler(request, response);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    local.connections += 1;
    local.peakSockets = Math.max(local.peakSockets, sockets.size);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const local: LocalServer = {
    url: new URL(`http://127.0.0.1:${port}/3/search/movie?query=matrix`),
    received: [],
    connections: 0,
    peakSockets: 0,
    openSockets: () => sockets.size,
  };
  cleanups.push(async () => {
    // Stalled requests would keep close() waiting: drop every socket.
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return local;
}

function transport(options: { maxConnections?: number; maxResponseBytes?: number } = {}) {
  const created = createTransport({ maxConnections: 4, ...options });
  cleanups.push(() => created.close());
  return created;
}

const neverAborted = () => new AbortController().signal;
const get = (via: Transport, url: URL, timeoutMs = 2000, signal = neverAborted()) =>
  via.get(url, { authorization: "Bearer test-token" }, timeoutMs, signal);

/** A handler that never answers: the request stays open until the test ends. */
const stall: Handler = () => {};

describe("the TMDB transport", () => {
  it("returns an answer as it came: status, body and Retry-After, with no judgement of the status", async () => {
    const server = await localServer((_request, response) => {
      response.writeHead(429, { "content-type": "application/json", "retry-after": "7" });
      response.end('{"status_code":25}');
    });
    expect(await get(transport(), server.url)).toEqual({
      kind: "answer",
      status: 429,
      body: '{"status_code":25}',
      retryAfter: "7",
    });
    // The caller's headers are sent as given (the credential travels in one).
    expect(server.received[0]?.authorization).toBe("Bearer test-token");
  });

  it("reports no Retry-After when the answer has none", async () => {
    const server = await localServer((_request, response) => {
      response.writeHead(500);
      response.end("oops");
    });
    expect(await get(transport(), server.url)).toEqual({
      kind: "answer",
      status: 500,
      body: "oops",
      retryAfter: undefined,
    });
  });

  it("returns a timeout when no answer comes in time", async () => {
    const server = await localServer(stall);
    expect(await get(transport(), server.url, 100)).toEqual({ kind: "timeout" });
  });

  it("returns a timeout when the body stops arriving, not only the headers", async () => {
    // Headers and half a body, then silence: the timeout covers the whole answer.
    const server = await localServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"results":[');
    });
    expect(await get(transport(), server.url, 150)).toEqual({ kind: "timeout" });
  });

  it("returns a network error named by its code when nothing listens", async () => {
    const server = await localServer(stall);
    const closedUrl = server.url;
    // Its cleanup, the last registered, closes it now: the port then refuses connections.
    await cleanups.pop()?.();
    expect(await get(transport(), closedUrl)).toEqual({
      kind: "network_error",
      reason: "ECONNREFUSED",
    });
  });

  it("returns a network error when the connection drops mid-answer", async () => {
    const server = await localServer((_request, response) => {
      response.writeHead(200);
      response.write("partial");
      response.socket?.destroy();
    });
    const outcome = await get(transport(), server.url);
    expect(outcome).toMatchObject({
      kind: "network_error",
      reason: expect.stringMatching(/^UND_ERR_/),
    });
  });

  it("refuses an answer larger than maxResponseBytes as a network error", async () => {
    const server = await localServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("x".repeat(2048));
    });
    expect(await get(transport({ maxResponseBytes: 1024 }), server.url)).toEqual({
      kind: "network_error",
      reason: "UND_ERR_RES_EXCEEDED_MAX_SIZE",
    });
    expect(await get(transport({ maxResponseBytes: 4096 }), server.url)).toMatchObject({
      kind: "answer",
      status: 200,
    });
  });

  it("rethrows the caller's abort reason as it is, not as a timeout", async () => {
    const server = await localServer(stall);
    const controller = new AbortController();
    const reason = new Error("the viewer went away");
    setTimeout(() => controller.abort(reason), 50);
    await expect(get(transport(), server.url, 5000, controller.signal)).rejects.toBe(reason);
  });

  it("keeps at most maxConnections sockets open, queueing the other requests", async () => {
    // Each answer waits a little, so that the requests overlap.
    const server = await localServer((_request, response) => {
      setTimeout(() => response.end("{}"), 30);
    });
    const via = transport({ maxConnections: 2 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => get(via, server.url)));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array(6).fill("answer"));
    expect(server.received).toHaveLength(6);
    expect(server.peakSockets).toBe(2);
  });

  it("keeps connections alive from one request to the next, and closes them on close()", async () => {
    const server = await localServer((_request, response) => response.end("{}"));
    const via = createTransport({ maxConnections: 4 });
    for (let i = 0; i < 10; i++) await get(via, server.url);
    // undici frees a connection just after its body is read, so the request right
    // behind may open a second one; from then on the two take turns.
    expect(server.connections).toBeLessThanOrEqual(2);
    expect(server.openSockets()).toBeGreaterThan(0);
    await via.close();
    // Without close() they would linger until the keep-alive timeout (seconds).
    await expect.poll(() => server.openSockets()).toBe(0);
  });
});
