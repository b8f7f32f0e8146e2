import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BadRequestError,
  CatalogNotConfiguredError,
  NotFoundError,
  UpstreamBadResponseError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "../../src/catalog/errors.js";
import { registerErrorHandling } from "../../src/http/error-handler.js";

/**
 * The one place errors become answers: a bare Fastify app with only the
 * error handler, and a route that throws what it is told to.
 */
const thrown: Record<string, () => Error> = {
  "bad-request": () => new BadRequestError("Page must be between 1 and 500"),
  "not-found": () => new NotFoundError("Not found in the movie catalog"),
  misconfigured: () => new CatalogNotConfiguredError("not configured"),
  unavailable: () => new UpstreamUnavailableError("unavailable"),
  "circuit-open": () => new UpstreamUnavailableError("unavailable", 12),
  "rate-limited": () => new UpstreamRateLimitedError("too many", 3),
  timeout: () => new UpstreamTimeoutError("slow"),
  "bad-upstream": () => new UpstreamBadResponseError("odd"),
  aborted: () => Object.assign(new Error("gone"), { name: "AbortError" }),
  "too-large": () => Object.assign(new Error("Request body is too large"), { statusCode: 413 }),
  "media-type": () => Object.assign(new Error("Unsupported Media Type"), { statusCode: 415 }),
  bug: () => new TypeError("Cannot read properties of undefined (reading 'secret')"),
};

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  registerErrorHandling(app);
  app.get<{ Params: { kind: string } }>("/throw/:kind", async (request) => {
    throw (thrown[request.params.kind] ?? thrown.bug)?.();
  });
  app.get(
    "/validated",
    {
      schema: {
        querystring: { type: "object", required: ["q"], properties: { q: { type: "string" } } },
      },
    },
    async () => "ok",
  );
  await app.ready();
});
afterAll(() => app.close());

const answer = (kind: string) => app.inject(`/throw/${kind}`);

describe("errors as HTTP answers", () => {
  it.each([
    ["bad-request", 400, "bad_request"],
    ["not-found", 404, "not_found"],
    ["misconfigured", 503, "catalog_not_configured"],
    ["unavailable", 503, "upstream_unavailable"],
    ["rate-limited", 503, "upstream_rate_limited"],
    ["timeout", 504, "upstream_timeout"],
    ["bad-upstream", 502, "upstream_bad_response"],
    ["aborted", 499, "client_closed_request"],
    ["too-large", 413, "payload_too_large"],
    ["media-type", 415, "unsupported_media_type"],
  ])("answers %s with %i and code %s, in the JSON envelope", async (kind, status, code) => {
    const response = await answer(kind);
    expect(response.statusCode).toBe(status);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it("tells a client when to come back from every 503: the error's own wait, else 5 s", async () => {
    expect((await answer("rate-limited")).headers["retry-after"]).toBe("3");
    expect((await answer("circuit-open")).headers["retry-after"]).toBe("12");
    expect((await answer("unavailable")).headers["retry-after"]).toBe("5");
    expect((await answer("misconfigured")).headers["retry-after"]).toBe("5");
    expect((await answer("timeout")).headers["retry-after"]).toBeUndefined();
  });

  it("answers a bug with a plain 500 that shows nothing of it", async () => {
    const response = await answer("bug");
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: "internal", message: "Something went wrong on our side." },
    });
    expect(response.body).not.toMatch(/secret|TypeError|at /);
  });

  it("says what was wrong with the request, not where in a schema", async () => {
    const response = await app.inject("/validated");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: "bad_request",
      message: expect.stringContaining("q"),
    });
    expect(response.json().error.message).not.toMatch(/#\/|instancePath/);
  });
});
