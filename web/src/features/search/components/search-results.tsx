import { MovieGrid } from "../../../components/movies/movie-grid";
import { MovieGridSkeleton } from "../../../components/movies/movie-grid-skeleton";
import { ErrorPanel } from "../../../components/ui/error-panel/error-panel";
import { PageHeader } from "../../../components/ui/page-header/page-header";
import { Spinner } from "../../../components/ui/spinner/spinner";
import type { MovieSummary, SearchPage } from "../../../lib/api-types";
import { groupDigits } from "../../../lib/format-number";
import { useSearchMovies } from "../api/search-movies";
import { inLoadedOrder } from "../model/loaded-order";
import type { SearchFilters as SearchFiltersModel, SearchParams } from "../model/search-filters";
import { LoadMore } from "./load-more";
import { SearchEmpty } from "./search-empty";
import { SearchFilters } from "./search-filters";
import styles from "./search-results.module.css";
import { SpellingNotice } from "./spelling-notice";
import { TmdbOrderNote } from "./tmdb-order-note";

/** Pages can overlap when the catalog shifts between requests; show each film once. */
function uniqueMovies(pages: SearchPage[]): MovieSummary[] {
  const seen = new Set<number>();
  return pages.flatMap((p) => p.results).filter((m) => !seen.has(m.id) && seen.add(m.id));
}

/**
 * How many titles the search found. TMDB mode filters page by page, so until
 * every page is loaded its total may count films the filters drop: "Up to".
 */
function countLabel(pages: SearchPage[], movies: MovieSummary[], hasMore: boolean): string {
  const first = pages[0];
  // With every page loaded, the cards themselves are the count.
  const total = hasMore ? (first?.totalResults ?? 0) : movies.length;
  const titles = `${groupDigits(total)} ${total === 1 ? "title" : "titles"}`;
  return hasMore && first?.totalIsUpperBound ? `Up to ${titles}` : titles;
}

/** Results for one query: loading, failure, nothing found, or a grid that grows on scroll. */
export function SearchResults({
  params,
  filters,
}: {
  params: SearchParams;
  filters: SearchFiltersModel;
}) {
  const search = useSearchMovies(params);
  const { data, error, isError, isFetchNextPageError, isPlaceholderData } = search;
  const failed = isError && !isFetchNextPageError;
  const total = data?.pages[0]?.totalResults ?? 0;
  const movies = data ? inLoadedOrder(uniqueMovies(data.pages), filters.sort) : [];
  // Filtered page by page (TMDB mode), the pages so far may hold nothing while the total is not 0.
  const foundNothing = total === 0 || (movies.length === 0 && !search.hasNextPage);
  const updating = search.isPending || isPlaceholderData;

  return (
    <section className={styles.page} aria-labelledby="results-heading">
      <PageHeader
        titleId="results-heading"
        title={`Results for “${params.q}”`}
        countRole="status"
        countClassName={styles.count}
        count={
          failed ? null : updating ? (
            <>
              <Spinner /> Searching…
            </>
          ) : (
            countLabel(data?.pages ?? [], movies, search.hasNextPage)
          )
        }
      />
      <SpellingNotice page={isPlaceholderData ? undefined : data?.pages[0]} filters={filters} />
      <SearchFilters q={params.q} filters={filters} />
      <TmdbOrderNote filters={filters} />

      {failed ? (
        <ErrorPanel error={error} onRetry={() => search.refetch()} retrying={search.isFetching} />
      ) : !data || (isPlaceholderData && total === 0) ? (
        <MovieGridSkeleton />
      ) : foundNothing ? (
        <SearchEmpty params={params} />
      ) : (
        <div
          className={`${styles.results} ${isPlaceholderData ? styles.stale : ""}`}
          aria-busy={updating}
        >
          <MovieGrid movies={movies} label="Search results" />
          {!isPlaceholderData && (
            <LoadMore
              hasMore={search.hasNextPage}
              loading={search.isFetchingNextPage}
              error={isFetchNextPageError ? error : null}
              onLoad={() => search.fetchNextPage({ cancelRefetch: false })}
            />
          )}
        </div>
      )}
    </section>
  );
}
