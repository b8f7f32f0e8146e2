import fc from "fast-check";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp, buildTmdbApp, type TmdbTestApp } from "../support/test-apps.js";

/**
 * Property-based tests: random strings, unicode, huge numbers and odd
 * encodings at every route. Whatever arrives, our own code never answers 5xx,
 * and every /api answer is JSON (the error envelope when it fails).
 */

const TOKEN = "property-token-MUST-NOT-LEAK-5e2c";

/** Percent-encodes every byte of the UTF-8 form (lone surrogates become U+FFFD, as on the wire). */
const encodeBytes = (text: string) =>
  [...Buffer.from(text, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

/** Sequences no well-behaved client sends: broken escapes, overlong UTF-8, surrogates, NUL. */
const oddEncoding = fc.constantFrom(
  "%",
  "%%",
  "%G1",
  "%zz",
  "%C0%AF",
  "%ED%A0%80",
  "%FF%FE%FD",
  "%00",
  "%0A%0D",
  "+",
  "%2B",
  "%26q%3D",
  "&",
  "=",
  "%E2%80%AE",
  "%F0%9F%98%80",
);

/** A query value as it may arrive: encoded text of any script, raw odd bytes, or a mix. */
const value = fc.oneof(
  fc.string({ maxLength: 60 }).map(encodeURIComponent),
  fc.string({ unit: "binary", maxLength: 60 }).map(encodeBytes),
  fc.string({ unit: "grapheme", maxLength: 30 }).map(encodeBytes),
  fc.array(oddEncoding, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
  fc.constantFrom("", " ", "%20%20", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "'%20OR%201%3D1"),
);

/** Numbers as text: in range, out of range, huge, negative, fractional, not decimal at all. */
const number = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: 1, max: 600 }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    "9".repeat(400),
    "1e309",
    "-0",
    "0x10",
    "0b1",
    "NaN",
    "Infinity",
    "%D9%A1%D9%A2",
    "1%00",
  ),
  value,
);

function searchUrl(fields: Record<string, string | undefined>): string {
  const query = Object.entries(fields)
    .filter(([, field]) => field !== undefined)
    .map(([name, field]) => `${name}=${field}`)
    .join("&");
  return `/api/search?${query}`;
}

const searchRequest = fc
  .record(
    {
      q: value,
      page: number,
      year: number,
      yearFrom: number,
      yearTo: number,
      genre: number,
      sort: fc.oneof(value, fc.constantFrom("relevance", "popularity", "rating", "newest")),
    },
    { requiredKeys: [] },
  )
  .map(searchUrl);

const pathSegment = fc.oneof(value, number, fc.constantFrom("603", "1.svg", "0.svg", "..", "."));

const anyRequest = fc.oneof(
  searchRequest,
  pathSegment.map((id) => `/api/movies/${id}`),
  pathSegment.map((file) => `/api/posters/${file}`),
  pathSegment.map((file) => `/api/backdrops/${file}`),
  fc.constantFrom(
    "/api/browse",
    "/api/meta",
    "/api/openapi.json",
    "/healthz",
    "/readyz",
    "/version",
  ),
  fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map((parts) => `/api/${parts.join("/")}`),
  fc.array(pathSegment, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join("/")}`),
);

/** A request id as a caller might send it: printable ASCII of any length. */
const requestId = fc.option(
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode),
    maxLength: 200,
  }),
);

function assertWellFormed(url: string, response: LightMyRequestResponse) {
  const context = `${response.statusCode} for ${url}: ${response.body.slice(0, 200)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  const isApi = url.startsWith("/api/");
  if (!isApi && response.statusCode < 400) return;
  if (!isApi && String(response.headers["content-type"]).startsWith("text/html")) return;
  if (url.startsWith("/api/openapi.json") || response.statusCode < 400) {
    expect(response.headers["content-type"], context).toMatch(
      /^(application\/json|image\/svg\+xml)/,
    );
    return;
  }
  expect(response.headers["content-type"], context).toMatch(/^application\/json/);
  expect(response.json(), context).toEqual({
    error: { code: expect.any(String), message: expect.any(String) },
  });
}

async function exercise(app: FastifyInstance, numRuns: number, skip?: (url: string) => boolean) {
  await fc.assert(
    fc.asyncProperty(anyRequest, requestId, async (url, id) => {
      fc.pre(!skip?.(url));
      const response = await app.inject({
        method: "GET",
        url,
        headers: id === null ? {} : { "x-request-id": id },
      });
      assertWellFormed(url, response);
    }),
    { numRuns },
  );
}

describe("any request, on the offline catalog", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
  });
  afterAll(() => app.close());

  it("never gets a 5xx, and always JSON from /api", async () => {
    await exercise(app, 600);
  });

  it("gets 400 or 200, never anything else, from search with any parameters", async () => {
    await fc.assert(
      fc.asyncProperty(searchRequest, async (url) => {
        const response = await app.inject(url);
        expect([200, 400], `${url}: ${response.body.slice(0, 200)}`).toContain(response.statusCode);
        assertWellFormed(url, response);
      }),
      { numRuns: 300 },
    );
  });
});

describe("any request, on TMDB (the fake, healthy)", () => {
  let subject: TmdbTestApp;
  beforeAll(async () => {
    subject = await buildTmdbApp({ serverToken: TOKEN });
  });
  afterAll(() => subject.close());

  it("never gets a 5xx from our own code, always JSON from /api, and the token is in no log line", async () => {
    // The fake's fault triggers (`__status_500__`...) are upstream failures by design: not ours.
    await exercise(subject.app, 300, (url) => /__[a-z0-9_]+__/i.test(decodeSafely(url)));
    expect(subject.logs.text()).not.toContain(TOKEN);
  });
});

function decodeSafely(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
