/**
 * The domain's view of a film. The shapes the public HTTP contract serves are
 * defined once, as zod schemas in the `@netflix-clone/contract` workspace
 * (shared with the web); they are re-exported here, so adapters and the
 * catalog import them from one place. Adapters
 * map their sources into these shapes; nothing outside an adapter knows where
 * a field came from.
 */

export {
  type BrowsePage,
  type BrowseRow,
  type CastMember,
  type CatalogSource,
  type ExternalRating,
  type MovieDetails,
  type MovieSummary,
  SEARCH_SORTS,
  type SearchPage,
  type SearchSort,
  type Trailer,
  type WatchProvider,
  type WatchProviders,
} from "@netflix-clone/contract";

import type { SearchSort } from "@netflix-clone/contract";

/** What a catalog is asked to search for: the route's validated query, in domain names. */
export interface SearchQuery {
  /** The user's text, trimmed, 1..200 characters. */
  text: string;
  page: number;
  year?: number | undefined;
  /** Inclusive release-year range; either end may be open. */
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  genreId?: number | undefined;
  /** Default `relevance`. */
  sort?: SearchSort | undefined;
  /** `false`: search for the text exactly as typed, never a corrected text ("search instead for"). */
  correct?: boolean | undefined;
}
