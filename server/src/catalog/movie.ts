/**
 * The domain's view of a film: the DTOs the public HTTP contract serves
 * (see docs/architecture.md). Adapters map their sources into these shapes;
 * nothing outside an adapter knows where a field came from.
 */

export interface MovieSummary {
  id: number;
  title: string;
  year: number | null;
  /** `YYYY-MM-DD`, or null when unknown. */
  releaseDate: string | null;
  overview: string;
  posterUrl: string | null;
  backdropUrl: string | null;
  /** 0..10, or null when nobody rated it. */
  rating: number | null;
  voteCount: number;
  genres: string[];
  /**
   * The poster at several widths, as an HTML `srcset` value ("URL 185w, ..."),
   * so the browser picks the one that fits its slot; null when the catalog has
   * one scalable image only (offline SVG artwork) or no image.
   */
  posterSrcSet?: string | null;
  /** The backdrop at several widths, as `posterSrcSet`. */
  backdropSrcSet?: string | null;
}

export interface CastMember {
  name: string;
  character: string;
  profileUrl: string | null;
}

export interface Trailer {
  site: string;
  key: string;
  url: string;
}

export interface MovieDetails extends MovieSummary {
  tagline: string;
  runtime: number | null;
  directors: string[];
  cast: CastMember[];
  trailer: Trailer | null;
  certification: string | null;
  similar: MovieSummary[];
  source: CatalogSource;
  /** Production budget in US dollars, when known. */
  budget: number | null;
  /** Worldwide box office in US dollars, when known. */
  revenue: number | null;
  /** Extra ratings beyond `rating`, e.g. Rotten Tomatoes in the offline catalog. */
  externalRatings: ExternalRating[];
  /** Where to stream, rent or buy it in the configured region; null when unknown (offline). */
  watchProviders?: WatchProviders | null;
}

export interface WatchProvider {
  name: string;
  logoUrl: string | null;
}

/** Availability data comes from JustWatch (via TMDB), which must be credited where shown. */
export interface WatchProviders {
  /** ISO 3166-1 country the offers are for, e.g. "US". */
  region: string;
  /** The offers page for the film (TMDB's, which links onward to JustWatch). */
  link: string | null;
  stream: WatchProvider[];
  free: WatchProvider[];
  rent: WatchProvider[];
  buy: WatchProvider[];
}

/** One row of the browse page: "Trending now", "Top rated", a genre... */
export interface BrowseRow {
  /** Stable and URL-safe, e.g. "trending" or "genre-878". */
  id: string;
  title: string;
  movies: MovieSummary[];
}

/** The home page in one answer: a featured film for the billboard, then rows. */
export interface BrowsePage {
  featured: MovieDetails | null;
  rows: BrowseRow[];
}

export interface ExternalRating {
  source: string;
  /** The value as its source writes it, e.g. "87%" or "7.9/10". */
  value: string;
}

export type CatalogSource = "tmdb" | "offline";

/** `relevance` is the catalog's own order; the others re-order the matches. */
export const SEARCH_SORTS = ["relevance", "popularity", "rating", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

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

export interface SearchPage {
  query: string;
  page: number;
  totalPages: number;
  totalResults: number;
  results: MovieSummary[];
  /**
   * Set when the results are for a corrected text, not the one typed (TMDB
   * found nothing for "fite club", so these are for "fight club").
   */
  correctedQuery?: string | undefined;
  /** Texts the user probably meant, for "Did you mean …", when the results are weak or empty. */
  suggestions?: string[] | undefined;
}
