import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiGet } from "../../../lib/api-client";
import type { SearchPage } from "../../../lib/api-types";
import type { SearchParams } from "../model/search-filters";

export function searchMovies(
  { q, year, from, to, genre, sort, correct }: SearchParams,
  page: number,
  signal?: AbortSignal,
): Promise<SearchPage> {
  return apiGet<SearchPage>("/api/search", {
    params: {
      q,
      page,
      year,
      // The URL's `from`/`to` (kept short and public) are the API's `yearFrom`/`yearTo`.
      yearFrom: from,
      yearTo: to,
      genre,
      // The API's default; leaving it out keeps plain searches' URLs (and caches) as they were.
      sort: sort === "relevance" ? undefined : sort,
      correct: correct === false ? "false" : undefined,
    },
    signal,
  });
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
