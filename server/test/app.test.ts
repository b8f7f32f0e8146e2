import { describe, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import type { MovieCatalog } from "../src/catalog/port.js";
import { buildOfflineApp, buildTmdbApp, captureLogs } from "./support/test-apps.js";

describe("buildApp", () => {
  it("returns the caller's request id, or makes one, and logs with it", async () => {
    const { app, logs } = await buildOfflineApp();
    const given = await app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(given.headers["x-request-id"]).toBe("abc-123");
    const made = await app.inject({ url: "/healthz", headers: { "x-request-id": "<script>" } });
    expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f]{12}-[0-9a-z]+$/);
    const another = await app.inject({ url: "/healthz" });
    expect(another.headers["x-request-id"]).not.toBe(made.headers["x-request-id"]);
    expect(logs.lines().some((line) => line.reqId === "abc-123")).toBe(true);
    await app.close();
  });

  it("is ready until it drains, and alive either way", async () => {
    let draining = false;
    const { app } = await buildOfflineApp({ isDraining: () => draining });
    expect((await app.inject("/readyz")).json()).toEqual({ status: "ready", catalog: "offline" });
    draining = true;
    expect((await app.inject("/readyz")).statusCode).toBe(503);
    expect((await app.inject("/healthz")).statusCode).toBe(200);
    await app.close();
  });

  it("says which catalog serves", async () => {
    const { app } = await buildOfflineApp();
    expect((await app.inject("/api/meta")).json()).toEqual({ source: "offline", version: "dev" });
    await app.close();
  });

  it("reports the build's version on /version and /api/meta", async () => {
    const { app } = await buildOfflineApp({ version: "abc1234" });
    expect((await app.inject("/version")).json()).toMatchObject({
      version: "abc1234",
      catalog: "offline",
    });
    expect((await app.inject("/api/meta")).json()).toEqual({
      source: "offline",
      version: "abc1234",
    });
    await app.close();
  });

  it("says the TMDB catalog serves when it is ready", async () => {
    const tmdbApp = await buildTmdbApp({ serverToken: "token-readyz" });
    try {
      const response = await tmdbApp.app.inject("/readyz");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "ready", catalog: "tmdb" });
    } finally {
      await tmdbApp.close();
    }
  });

  it("publishes an OpenAPI document generated from the route schemas", async () => {
    const { app } = await buildOfflineApp();
    const document = (await app.inject("/api/openapi.json")).json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/search", "/api/movies/{id}", "/api/meta"]),
    );
    const search = document.paths["/api/search"].get;
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "page", "year", "genre"]),
    );
    // Every answer the route can give, the limits' too.
    expect(Object.keys(search.responses)).toEqual(
      expect.arrayContaining(["200", "400", "414", "429", "502", "503", "504"]),
    );
    await app.close();
  });

  it("answers a malformed request with JSON, never HTML or a stack", async () => {
    const { app } = await buildOfflineApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/search",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.code).toEqual(expect.any(String));
    expect(response.body).not.toMatch(/at .*\.js:\d+/);
    await app.close();
  });

  it("answers a catalog's unexpected failure with a plain 500, its detail only in the log", async () => {
    const failing = async (): Promise<never> => {
      throw new Error("secret detail");
    };
    const catalog: MovieCatalog = {
      source: "offline",
      search: failing,
      getMovie: failing,
      browse: failing,
    };
    const { logger, logs } = captureLogs();
    const app = await buildApp({ catalog, logger, apiRateLimitPerMinute: 0 });
    for (const url of ["/api/search?q=heat", "/api/movies/1", "/api/browse"]) {
      const response = await app.inject({ url, headers: { "x-request-id": "broken-1" } });
      expect(response.statusCode, url).toBe(500);
      expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(response.json()).toEqual({
        error: { code: "internal", message: "Something went wrong on our side." },
      });
      expect(response.body).not.toContain("secret");
    }
    // The operator finds the detail in the log, under the request's id.
    const errors = logs.lines().filter((line) => line.level === 50 && line.reqId === "broken-1");
    expect(errors).toHaveLength(3);
    expect(JSON.stringify(errors[0])).toContain("secret detail");
    await app.close();
  });
});
