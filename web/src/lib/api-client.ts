import { API_BASE_URL } from "../config/env";
import { ApiError, NETWORK_ERROR } from "./api-error";
import type { ErrorEnvelope } from "./api-types";

type QueryValue = string | number | null | undefined;

interface GetOptions {
  params?: Record<string, QueryValue>;
  /** Pass TanStack Query's signal so a stale request is cancelled. */
  signal?: AbortSignal | undefined;
}

/**
 * GETs JSON from our API. Resolves with the body on 2xx; otherwise rejects
 * with an ApiError built from the `{"error":{code,message}}` envelope. An
 * abort is rethrown untouched so the query layer sees a cancellation.
 */
export async function apiGet<T>(path: string, { params, signal }: GetOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      headers: { Accept: "application/json" },
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, NETWORK_ERROR, "We can't reach Reelhouse right now.");
  }
  if (!response.ok) throw await errorFrom(response);
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(response.status, "bad_response", "The server sent an answer we can't read.");
  }
}

function buildUrl(path: string, params: GetOptions["params"]): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return `${API_BASE_URL}${path}${query ? `?${query}` : ""}`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  const body = await response.json().catch(() => null);
  if (isEnvelope(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, retryAfter);
  }
  const message = response.statusText || `Request failed with status ${response.status}.`;
  return new ApiError(response.status, `http_${response.status}`, message, retryAfter);
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const { error } = body;
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

/** Seconds, from either form the header allows (delta-seconds or an HTTP date). */
function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}
