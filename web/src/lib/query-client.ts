import { QueryClient, type QueryClientConfig } from "@tanstack/react-query";
import { ApiError } from "./api-error";

/** Retry a failure at most once, and never a 4xx: asking again won't change the answer. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.isClientError) return false;
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
