import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { MovieSummary } from "../../../lib/api-types";
import { browseQueryOptions } from "../../../lib/browse-query";
import { isFiltered, type SearchParams } from "../model/search-filters";
import { searchMovies } from "./search-movies";

/** How many related titles an empty search shows. */
const RELATED_LIMIT = 12;
const MIN_WORD_LENGTH = 3;

export interface RelatedTitles {
  /** The section's heading, saying where these came from. */
  title: string;
  movies: MovieSummary[];
}

/** The query's longer words, longest first: "Cindirella Man" → ["Cindirella"]. */
function wordsOf(q: string): string[] {
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_WORD_LENGTH);
  return words.length > 1 ? words.toSorted((a, b) => b.length - a.length) : [];
}

/**
 * Something worth showing when a search finds nothing, best first: the same
 * search without its filters, then a search for each of its longer words
 * (TMDB forgives no typo, so one bad word sinks a whole title), and last the
 * catalog's popular titles.
 */
export function useRelatedTitles(params: SearchParams, enabled: boolean) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["related", params],
    enabled,
    queryFn: async ({ signal }): Promise<RelatedTitles> => {
      if (isFiltered(params)) {
        const page = await searchMovies({ q: params.q }, 1, signal);
        if (page.results.length > 0) {
          return { title: "Without your filters", movies: page.results.slice(0, RELATED_LIMIT) };
        }
      }
      for (const word of wordsOf(params.q)) {
        const page = await searchMovies({ q: word }, 1, signal);
        if (page.results.length > 0) {
          return {
            title: `Titles matching “${word}”`,
            movies: page.results.slice(0, RELATED_LIMIT),
          };
        }
      }
      const browse = await queryClient.fetchQuery(browseQueryOptions());
      const popular = browse.rows.find((row) => row.id === "popular") ?? browse.rows[0];
      return { title: "Popular titles", movies: (popular?.movies ?? []).slice(0, RELATED_LIMIT) };
    },
  });
}
