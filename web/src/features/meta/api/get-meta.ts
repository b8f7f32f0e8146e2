import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiGet } from "../../../lib/api-client";
import type { CatalogMeta } from "../../../lib/api-types";

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
