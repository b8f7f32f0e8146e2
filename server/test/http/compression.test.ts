import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp } from "../support/test-apps.js";

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
