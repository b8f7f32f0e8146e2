import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiGet } from "./api-client";
import type { CatalogMeta } from "./api-types";

/**
 * `GET /api/meta`: which catalog serves. Shared by the header's badge, the
 * footer's credit, the About page and the search's TMDB note, so all read one
 * cached answer.
 */
export function getMeta(signal?: AbortSignal): Promise<CatalogMeta> {
  return apiGet<CatalogMeta>("/api/meta", { signal });
}

/** Which catalog serves never changes while the server runs. */
export function metaQueryOptions() {
  return queryOptions({
    queryKey: ["meta"],
    queryFn: ({ signal }) => getMeta(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useMeta() {
  return useQuery(metaQueryOptions());
}
