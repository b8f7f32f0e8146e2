import { describe, expect, it } from "vitest";
import { buildOfflineApp } from "./support/test-apps.js";

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
});
