import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp } from "../../support/test-apps.js";

const SCRIPT = `console.log(${JSON.stringify("x".repeat(4000))})`;

describe("serving the web build's precompressed assets", () => {
  let app: FastifyInstance;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "web-dist-compressed-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>app shell</title>");
    const file = join(dist, "assets", "index-abc123.js");
    writeFileSync(file, SCRIPT);
    writeFileSync(`${file}.br`, brotliCompressSync(SCRIPT));
    writeFileSync(`${file}.gz`, gzipSync(SCRIPT));
    ({ app } = await buildOfflineApp({ webDistDir: dist }));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (acceptEncoding?: string) =>
    app.inject({
      url: "/assets/index-abc123.js",
      headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
    });

  it("sends brotli to a browser that takes it, the same bytes once decoded", async () => {
    const response = await get("gzip, deflate, br");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it("falls back to gzip, then to the plain file", async () => {
    const gzip = await get("gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it("tells caches the answer depends on Accept-Encoding, and keeps hashed assets immutable", async () => {
    const response = await get("br");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});
