import { describe, expect, it, vi } from "vitest";
import { apiError, installFakeApi, json } from "../testing/fake-api";
import { apiGet } from "./api-client";
import { ApiError } from "./api-error";

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("apiGet", () => {
  it("returns the JSON body and sends only the parameters that are set", async () => {
    const api = installFakeApi(() => json({ ok: true }));
    await expect(
      apiGet("/api/search", { params: { q: "the matrix", page: 2, year: undefined } }),
    ).resolves.toEqual({
      ok: true,
    });
    const url = api.calls[0]?.url;
    expect(url?.pathname).toBe("/api/search");
    expect([...(url?.searchParams ?? [])]).toEqual([
      ["q", "the matrix"],
      ["page", "2"],
    ]);
  });

  it("turns the error envelope into a typed ApiError, with Retry-After", async () => {
    installFakeApi(() =>
      apiError(503, "upstream_unavailable", "TMDB is not answering.", { "Retry-After": "5" }),
    );
    const error = await failure(apiGet("/api/search"));
    expect(error).toMatchObject({
      status: 503,
      code: "upstream_unavailable",
      message: "TMDB is not answering.",
      retryAfter: 5,
    });
    expect(error.isClientError).toBe(false);
  });

  it("reads a Retry-After given as an HTTP date as the seconds until then", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    try {
      installFakeApi(() =>
        apiError(503, "upstream_unavailable", "TMDB is not answering.", {
          "Retry-After": "Thu, 01 Jan 2026 00:00:05 GMT",
        }),
      );
      const error = await failure(apiGet("/api/search"));
      expect(error.retryAfter).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it("copes with an error that is not our envelope (e.g. a proxy's HTML page)", async () => {
    installFakeApi(
      () => new Response("<h1>Bad gateway</h1>", { status: 502, statusText: "Bad Gateway" }),
    );
    const error = await failure(apiGet("/api/movies/1"));
    expect(error).toMatchObject({
      status: 502,
      code: "http_502",
      message: "Bad Gateway",
      retryAfter: null,
    });
  });

  it("reports a network failure as status 0", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    const error = await failure(apiGet("/api/meta"));
    expect(error).toMatchObject({ status: 0, code: "network_error" });
  });

  it("passes the abort signal to fetch and lets a cancellation through untouched", async () => {
    const api = installFakeApi(
      (_url, { signal }) =>
        new Promise((_, reject) =>
          signal?.addEventListener("abort", () =>
            reject(new DOMException("Aborted", "AbortError")),
          ),
        ),
    );
    const controller = new AbortController();
    const pending = apiGet("/api/search", { signal: controller.signal });
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]?.signal).toBe(controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects a 2xx body that isn't JSON", async () => {
    installFakeApi(() => new Response("not json", { status: 200 }));
    const error = await failure(apiGet("/api/meta"));
    expect(error).toMatchObject({ status: 200, code: "bad_response" });
  });
});
