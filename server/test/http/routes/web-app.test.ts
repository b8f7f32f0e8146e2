import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp } from "../../support/test-apps.js";

describe("serving the built web app", () => {
  let app: FastifyInstance;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "web-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>app shell</title>");
    writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(dist, "favicon.svg"), "<svg/>");
    ({ app } = await buildOfflineApp({ webDistDir: dist }));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each(["/", "/search?q=matrix", "/movie/603", "/my-list", "/about"])(
    "answers the deep link %s with the app shell",
    async (url) => {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.body).toContain("app shell");
    },
  );

  it.each(["/", "/movie/603"])("answers HEAD %s like GET: 200 text/html", async (url) => {
    const response = await app.inject({ method: "HEAD", url });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("answers a path below a movie (/movie/603/extra) with the shell and a 404 status", async () => {
    const response = await app.inject("/movie/603/extra");
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain("app shell");
  });

  it("answers an unknown page with the shell and a 404 status, so the app shows its own page", async () => {
    const response = await app.inject("/no/such/page");
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain("app shell");
  });

  it("caches hashed assets for a year and other files not at all", async () => {
    const asset = await app.inject("/assets/index-abc123.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
    const icon = await app.inject("/favicon.svg");
    expect(icon.headers["cache-control"]).toBe("no-cache");
  });

  it("keeps unknown API paths, missing files and other methods as JSON 404s", async () => {
    for (const request of [
      { method: "GET" as const, url: "/api/nope" },
      { method: "GET" as const, url: "/api" },
      { method: "GET" as const, url: "/api?q=x" },
      { method: "GET" as const, url: "/API/movies/603" },
      { method: "GET" as const, url: "/assets/missing.js" },
      { method: "POST" as const, url: "/movie/603" },
    ]) {
      const response = await app.inject(request);
      expect(response.statusCode, request.url).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });
});
