import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiGet } from "../../../lib/api-client";
import type { MovieDetails } from "../../../lib/api-types";
import { movieQueryKey } from "../../../lib/movie-query-key";

export function getMovie(id: number, signal?: AbortSignal): Promise<MovieDetails> {
  return apiGet<MovieDetails>(`/api/movies/${id}`, { signal });
}

export function movieQueryOptions(id: number) {
  return queryOptions({
    queryKey: movieQueryKey(id),
    queryFn: ({ signal }) => getMovie(id, signal),
  });
}

export function useMovie(id: number) {
  return useQuery(movieQueryOptions(id));
}
