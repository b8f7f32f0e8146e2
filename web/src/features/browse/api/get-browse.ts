import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { browseQueryOptions } from "../../../lib/browse-query";
import { movieQueryKey } from "../../../lib/movie-query-key";

/**
 * The home page's billboard and rows. The featured film arrives in full, so
 * it seeds the details cache: "More info" then opens without a request.
 */
export function useBrowse() {
  const query = useQuery(browseQueryOptions());
  const queryClient = useQueryClient();
  const featured = query.data?.featured;
  useEffect(() => {
    if (featured && !queryClient.getQueryData(movieQueryKey(featured.id))) {
      queryClient.setQueryData(movieQueryKey(featured.id), featured);
    }
  }, [featured, queryClient]);
  return query;
}
