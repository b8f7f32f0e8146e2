import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiGet } from "../../../lib/api-client";
import type { SearchResponse, SearchSort } from "../../../lib/api-types";

export interface SearchParams {
  q: string;
  year?: number | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  genre?: number | undefined;
  sort?: SearchSort | undefined;
  /** `false`: the text exactly as typed, never corrected ("search instead for"). */
  correct?: false | undefined;
}

export function searchMovies(
  { q, year, yearFrom, yearTo, genre, sort, correct }: SearchParams,
  page: number,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return apiGet<SearchResponse>("/api/search", {
    params: {
      q,
      page,
      year,
      yearFrom,
      yearTo,
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
