import { QueryClient, type QueryClientConfig } from "@tanstack/react-query";
import { ApiError } from "./api-error";

/**
 * Statuses worth one more try from the browser: a dropped connection (status 0, no answer at
 * all) or a 500/502, which a restarting server or proxy answers briefly. Not a 503 or 504: the
 * API has already retried TMDB within its own time budget, so a 504 asked again is a second
 * full upstream timeout before the viewer sees anything, and a 503 carries Retry-After, which
 * the error panel counts down next to its "Try again" button.
 */
const RETRYABLE_STATUSES = new Set([0, 500, 502]);

/** Retry a failure at most once, and only where asking again soon may get another answer. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || !RETRYABLE_STATUSES.has(error.status)) return false;
  return failureCount < 1;
}

export function createQueryClient(overrides: QueryClientConfig["defaultOptions"] = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
        ...overrides.queries,
      },
      mutations: { retry: false, ...overrides.mutations },
    },
  });
}
