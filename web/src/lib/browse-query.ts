import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "./api-client";
import type { BrowsePage } from "./api-types";

/**
 * `GET /api/browse`, shared by the home page and the search's "related
 * titles" fallback, so both reuse one cached answer.
 */
export function getBrowse(signal?: AbortSignal): Promise<BrowsePage> {
  return apiGet<BrowsePage>("/api/browse", { signal });
}

export function browseQueryOptions() {
  return queryOptions({
    queryKey: ["browse"],
    queryFn: ({ signal }) => getBrowse(signal),
    // Lists change daily at most; a visit's worth of staleness is fine.
    staleTime: 5 * 60_000,
  });
}
