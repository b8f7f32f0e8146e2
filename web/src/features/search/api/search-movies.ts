import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiGet } from "../../../lib/api-client";
import type { SearchResponse } from "../../../lib/api-types";

export interface SearchParams {
  q: string;
  year?: number | undefined;
  genre?: number | undefined;
}

export function searchMovies(
  { q, year, genre }: SearchParams,
  page: number,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return apiGet<SearchResponse>("/api/search", { params: { q, page, year, genre }, signal });
}

/** One query per search; its pages are the API's `page`s. */
export function searchMoviesQueryOptions(params: SearchParams) {
  return infiniteQueryOptions({
    queryKey: ["search", params],
    queryFn: ({ pageParam, signal }) => searchMovies(params, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    enabled: params.q.length > 0,
    // The last results stay on screen (dimmed) while the next query loads.
    placeholderData: keepPreviousData,
  });
}

export function useSearchMovies(params: SearchParams) {
  return useInfiniteQuery(searchMoviesQueryOptions(params));
}
