import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/http/security.js";
import { buildOfflineApp } from "../support/test-apps.js";
import { listening, parseRaw, rawRequest } from "./support/raw-http.js";

const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** The CSP header as directive → sources. */
function parseCsp(header: string): Record<string, string[]> {
  return Object.fromEntries(
    header.split(";").map((part) => {
      const [directive = "", ...sources] = part.trim().split(/\s+/);
      return [directive, sources];
    }),
  );
}

describe("security headers", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp({ webDistDir: WEB_DIST }));
  });
  afterAll(() => app.close());

  it.each(["/", "/search?q=x", "/no-such-page", "/healthz", "/favicon.svg"])(
    "are on every page and file: %s",
    async (url) => {
      const response = await app.inject(url);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(response.headers["strict-transport-security"]).toBe(
        "max-age=31536000; includeSubDomains",
      );
      expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
      // No page may use the camera, microphone, location, payments or USB devices.
      expect(response.headers["permissions-policy"]).toBe(
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      );
    },
  );

  it.each([
    "/api/search?q=matrix",
    "/api/search",
    "/api/nothing-here",
    "/api/movies/1",
    "/api",
    "/API/movies/1",
  ])(
    "are on every API answer, success or error, with a CSP that allows nothing: %s",
    async (url) => {
      const response = await app.inject(url);
      expect(response.headers["content-security-policy"]).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["cross-origin-resource-policy"]).toBe("same-origin");
      expect(response.headers["strict-transport-security"]).toBe(
        "max-age=31536000; includeSubDomains",
      );
    },
  );

  it("include a strict CSP: our origin, TMDB images, YouTube embeds, no inline script, no framing", async () => {
    const csp = parseCsp(String((await app.inject("/")).headers["content-security-policy"]));
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["style-src"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "https://image.tmdb.org"]);
    expect(csp["frame-src"]).toEqual([
      "https://www.youtube-nocookie.com",
      "https://www.youtube.com",
    ]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    const everything = Object.values(csp).flat();
    expect(everything).not.toContain("'unsafe-inline'");
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything).not.toContain("*");
  });

  it.skipIf(!existsSync(`${WEB_DIST}/index.html`))(
    "fit the built web app: its page has no inline script or style for the CSP to block",
    () => {
      const html = readFileSync(`${WEB_DIST}/index.html`, "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc=/);
        expect(body?.trim()).toBe("");
      }
      expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
      expect(CONTENT_SECURITY_POLICY["script-src"]).toEqual(["'self'"]);
    },
  );

  it("leave the artwork's own, stricter CSP in place", async () => {
    const poster = await app.inject("/api/posters/1.svg");
    if (poster.statusCode === 200) {
      expect(poster.headers["content-security-policy"]).toMatch(/^default-src 'none'/);
    }
  });
});

describe("the per-client rate limit on /api", () => {
  it("answers JSON 429 with Retry-After past the limit, per client, and leaves probes alone", async () => {
    const { app } = await buildOfflineApp({ apiRateLimitPerMinute: 3 });
    const from = (remoteAddress: string, url = "/api/search?q=heat") =>
      app.inject({ url, remoteAddress });
    for (let i = 0; i < 3; i++) expect((await from("10.0.0.1")).statusCode).toBe(200);
    const limited = await from("10.0.0.1");
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      error: { code: "rate_limited", message: expect.stringMatching(/too many requests/i) },
    });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers["x-content-type-options"]).toBe("nosniff");
    expect((await from("10.0.0.1", "/api/movies/1")).statusCode).toBe(429);
    expect((await from("10.0.0.1", "/API/movies/1")).statusCode).toBe(429);
    expect((await from("10.0.0.2")).statusCode).toBe(200);
    expect((await from("10.0.0.1", "/healthz")).statusCode).toBe(200);
    expect((await from("10.0.0.1", "/readyz")).statusCode).toBe(200);
    await app.close();
  });

  it("counts a request sent in absolute form (GET http://host/api/…) like any other", async () => {
    const { app } = await buildOfflineApp({ apiRateLimitPerMinute: 1 });
    const port = await listening(app);
    const absolute = `GET http://127.0.0.1:${port}/api/search?q=heat HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
    const first = parseRaw(await rawRequest(port, absolute));
    expect(first.status).toBe(200);
    // The API's own headers, not the web pages' CSP.
    expect(first.head).toMatch(/content-security-policy: default-src 'none'/i);
    expect(parseRaw(await rawRequest(port, absolute)).status).toBe(429);
    await app.close();
  });

  it("does not count generated artwork, which costs no upstream call", async () => {
    const { app } = await buildOfflineApp({ apiRateLimitPerMinute: 1 });
    const search = await app.inject({ url: "/api/search?q=heat", remoteAddress: "10.0.0.3" });
    const posterUrl = (search.json() as { results: Array<{ posterUrl: string }> }).results[0]
      ?.posterUrl;
    for (let i = 0; i < 5; i++) {
      const poster = await app.inject({ url: String(posterUrl), remoteAddress: "10.0.0.3" });
      expect(poster.statusCode).toBe(200);
    }
    expect(
      (await app.inject({ url: "/api/search?q=heat", remoteAddress: "10.0.0.3" })).statusCode,
    ).toBe(429);
    await app.close();
  });

  it("can't be dodged with a forged X-Forwarded-For unless the proxy is trusted", async () => {
    const { app } = await buildOfflineApp({ apiRateLimitPerMinute: 1 });
    const forged = (ip: string) =>
      app.inject({
        url: "/api/search?q=heat",
        remoteAddress: "10.0.0.9",
        headers: { "x-forwarded-for": ip },
      });
    expect((await forged("1.1.1.1")).statusCode).toBe(200);
    expect((await forged("2.2.2.2")).statusCode).toBe(429);
    await app.close();
  });

  it("tells clients apart by X-Forwarded-For behind a trusted load balancer", async () => {
    const { app } = await buildOfflineApp({ apiRateLimitPerMinute: 1, trustProxy: "10.0.0.0/8" });
    const via = (remoteAddress: string, client: string) =>
      app.inject({
        url: "/api/search?q=heat",
        remoteAddress,
        headers: { "x-forwarded-for": client },
      });
    expect((await via("10.0.0.9", "1.1.1.1")).statusCode).toBe(200);
    expect((await via("10.0.0.9", "2.2.2.2")).statusCode).toBe(200);
    expect((await via("10.0.0.9", "1.1.1.1")).statusCode).toBe(429);
    // From outside the trusted range, the header is ignored.
    expect((await via("192.0.2.1", "3.3.3.3")).statusCode).toBe(200);
    expect((await via("192.0.2.1", "4.4.4.4")).statusCode).toBe(429);
    await app.close();
  });
});
