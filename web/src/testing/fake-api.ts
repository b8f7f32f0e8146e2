import { vi } from "vitest";
import type { CatalogMeta } from "../lib/api-types";

export interface FakeCall {
  url: URL;
  signal: AbortSignal | undefined;
}

/** Answers one request; return undefined to fall through to the default 404. */
export type FakeHandler = (url: URL, call: FakeCall) => Response | Promise<Response> | undefined;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export function apiError(status: number, code: string, message: string, headers = {}): Response {
  return json({ error: { code, message } }, status, headers);
}

/** A response that never comes, except as an AbortError when the request is cancelled. */
export function pendingUntilAborted(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
  });
}

/**
 * Replaces `fetch` with an in-test fake of our API. `/api/meta` answers with
 * `meta` unless a handler takes it; anything unhandled is a 404 envelope.
 * `calls` records every request, newest last.
 */
export function installFakeApi(
  handler: FakeHandler = () => undefined,
  meta: CatalogMeta = { source: "offline", version: "test" },
) {
  const calls: FakeCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = input instanceof Request ? input.url : String(input);
    const url = new URL(raw, "http://localhost");
    const call = { url, signal: init?.signal ?? undefined };
    calls.push(call);
    const answer = await handler(url, call);
    if (answer) return answer;
    if (url.pathname === "/api/meta") return json(meta);
    return apiError(404, "not_found", `No route for GET ${url.pathname}.`);
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    calls,
    fetchMock,
    /** Requests to one API path, e.g. "/api/search". */
    callsTo(pathname: string): FakeCall[] {
      return calls.filter((c) => c.url.pathname === pathname);
    },
  };
}
