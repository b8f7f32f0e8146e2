import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp } from "../support/test-apps.js";
import { listening, parseRaw, rawRequest } from "./support/raw-http.js";

const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

describe("size limits and timeouts", () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
    port = await listening(app);
  });
  afterAll(() => app.close());

  const raw = (request: string) => rawRequest(port, request);

  it("refuses a URL over 2 KiB with JSON 414", async () => {
    const response = await app.inject(`/api/search?q=${"a".repeat(3000)}`);
    expect(response.statusCode).toBe(414);
    expect(response.json().error.code).toBe("uri_too_long");
  });

  it("refuses an HTTP/1.1 request without Host with a JSON 400, and serves HTTP/1.0 without it", async () => {
    const missing = parseRaw(await raw("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n"));
    expect(missing.status).toBe(400);
    expect(missing.json.error.code).toBe("bad_request");
    expect(missing.head).toMatch(/x-content-type-options: nosniff/i);
    const old = parseRaw(await raw("GET /healthz HTTP/1.0\r\n\r\n"));
    expect(old.status).toBe(200);
  });

  it("refuses headers over 16 KiB with JSON 431", async () => {
    const answer = parseRaw(
      await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(20_000)}\r\n\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.head).toMatch(/content-type: application\/json/i);
    expect(answer.json.error.code).toBe("headers_too_large");
  });

  it.each([
    "NONSENSE\r\n\r\n",
    "GET /healthz HTTP/9.9\r\n\r\n",
    "GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n",
    "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    "GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n",
  ])("answers a malformed request with JSON 400: %j", async (request) => {
    const answer = parseRaw(await raw(request));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
  });

  it("refuses a body over 16 KiB without a 5xx", async () => {
    const post = (bytes: number) =>
      fetch(`http://127.0.0.1:${port}/api/search?q=x`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ padding: "p".repeat(bytes) }),
      });
    const tooLarge = await post(20_000);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await tooLarge.json()).toEqual({
      error: { code: "payload_too_large", message: expect.any(String) },
    });
    // Under the limit the body is read, and the answer is the route's: no POST here.
    const small = await post(15_000);
    expect(small.status).toBe(404);
    expect((await small.json()).error.code).toBe("not_found");
  });

  it("sets explicit server timeouts", () => {
    expect(app.server.requestTimeout).toBe(15_000);
    expect(app.server.headersTimeout).toBe(10_000);
    expect(app.server.keepAliveTimeout).toBe(65_000);
    // No idle timer on every socket: pages and files arm their own (next test).
    expect(app.server.timeout).toBe(0);
  });

  it("arms an idle timeout on the socket while answering a page or file, not the API", async () => {
    const { app: served } = await buildOfflineApp({ webDistDir: WEB_DIST });
    const idleTimeoutWhileAnswering = new Map<string, number>();
    served.addHook("onSend", async (request) => {
      idleTimeoutWhileAnswering.set(request.url, request.raw.socket.timeout ?? 0);
    });
    try {
      const servedPort = await listening(served);
      // One keep-alive connection: a page's timer must not outlive its answer into the next.
      for (const url of ["/favicon.svg", "/api/search?q=alien", "/search?q=x", "/api/meta"]) {
        await (await fetch(`http://127.0.0.1:${servedPort}${url}`)).arrayBuffer();
      }
    } finally {
      await served.close();
    }
    expect(Object.fromEntries(idleTimeoutWhileAnswering)).toEqual({
      "/favicon.svg": 70_000,
      "/api/search?q=alien": 0,
      "/search?q=x": 70_000,
      "/api/meta": 0,
    });
  });
});
