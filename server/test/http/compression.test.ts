import { brotliCompress, brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { registerCompression } from "../../src/http/compression.js";
import { buildOfflineApp } from "../support/test-apps.js";

// The real zlib, only counted: how many times an answer was actually compressed.
vi.mock("node:zlib", async (importOriginal) => {
  const zlib = await importOriginal<typeof import("node:zlib")>();
  return { ...zlib, brotliCompress: vi.fn(zlib.brotliCompress) };
});
const compressions = vi.mocked(brotliCompress);

describe("compressed answers", () => {
  let app: FastifyInstance;
  let plainBrowse: string;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
    plainBrowse = (await app.inject("/api/browse")).body;
  });
  afterAll(() => app.close());

  const browse = (acceptEncoding?: string) =>
    app.inject({
      url: "/api/browse",
      headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
    });

  it("sends brotli to a browser that accepts it, the same JSON in a fraction of the bytes", async () => {
    const response = await browse("gzip, deflate, br, zstd");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toContain("accept-encoding");
    expect(Number(response.headers["content-length"])).toBe(response.rawPayload.length);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(plainBrowse);
    expect(response.rawPayload.length).toBeLessThan(plainBrowse.length / 4);
  });

  it("sends gzip when that is what the client accepts, or prefers", async () => {
    for (const header of ["gzip", "gzip;q=1, br;q=0.5"]) {
      const response = await browse(header);
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(response.rawPayload).toString()).toBe(plainBrowse);
    }
  });

  it("answers the same bytes to a repeated request (the compressed form is kept)", async () => {
    const first = await browse("br");
    const second = await browse("br");
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it("compresses a repeated answer once, then serves the kept bytes", async () => {
    // A fresh app: nothing compressed yet.
    const { app: fresh } = await buildOfflineApp();
    compressions.mockClear();
    const first = await fresh.inject({ url: "/api/browse", headers: { "accept-encoding": "br" } });
    expect(compressions).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 3; i++) {
      const again = await fresh.inject({
        url: "/api/browse",
        headers: { "accept-encoding": "br" },
      });
      expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    }
    expect(compressions).toHaveBeenCalledTimes(1);
    await fresh.close();
  });

  it("sends plain JSON, still marked as varying, when the client asks for no encoding we have", async () => {
    for (const header of [undefined, "", "identity", "br;q=0, gzip;q=0", "deflate"]) {
      const response = await browse(header);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.headers.vary).toContain("accept-encoding");
      expect(response.body).toBe(plainBrowse);
    }
  });

  it("leaves small answers alone", async () => {
    const response = await app.inject({ url: "/healthz", headers: { "accept-encoding": "br" } });
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.json()).toMatchObject({ status: "ok" });
  });

  it("compresses the offline catalog's SVG artwork too", async () => {
    const posterUrl = (JSON.parse(plainBrowse) as { featured: { posterUrl: string } }).featured
      .posterUrl;
    const plain = await app.inject(posterUrl);
    const response = await app.inject({ url: posterUrl, headers: { "accept-encoding": "gzip" } });
    expect(response.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.rawPayload).toString()).toBe(plain.body);
  });
});

describe("the memory kept for compressed answers", () => {
  /** A JSON answer of about 1,700 characters, different for each name. */
  const answerFor = (name: string) =>
    JSON.stringify({ name, rows: Array.from({ length: 150 }, (_, i) => `${name}-${i * 7919}`) });

  it("stays within its bound: past it, the least recently used answer is dropped (and compressed again)", async () => {
    const sizeOfOne = Buffer.byteLength(answerFor("a")) * 2 + 1024;
    const app = Fastify();
    // Room for one answer (and its bytes) per encoding, not two.
    registerCompression(app, { maxCacheBytes: 2 * sizeOfOne * 1.5 });
    app.get<{ Params: { name: string } }>("/answer/:name", async (request, reply) =>
      reply.type("application/json").send(answerFor(request.params.name)),
    );
    const get = async (name: string) => {
      const response = await app.inject({
        url: `/answer/${name}`,
        headers: { "accept-encoding": "br" },
      });
      expect(response.headers["content-encoding"]).toBe("br");
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(answerFor(name));
    };
    compressions.mockClear();
    await get("a");
    await get("a");
    expect(compressions).toHaveBeenCalledTimes(1);
    await get("b");
    expect(compressions).toHaveBeenCalledTimes(2);
    // "a" made room for "b".
    await get("a");
    expect(compressions).toHaveBeenCalledTimes(3);
    await app.close();
  });
});
