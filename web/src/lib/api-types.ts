/**
 * The public HTTP contract's shapes (docs/architecture.md), copied on purpose:
 * the web never imports server code.
 */

export type CatalogSource = "tmdb" | "offline";

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
  /** The poster at several widths (an HTML `srcset` value); absent or null for one scalable image. */
  posterSrcSet?: string | null;
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

export interface ExternalRating {
  source: string;
  /** As its source writes it, e.g. "87%" or "7.9/10". */
  value: string;
}

export interface MovieDetails extends MovieSummary {
  tagline: string;
  /** Minutes. */
  runtime: number | null;
  directors: string[];
  cast: CastMember[];
  trailer: Trailer | null;
  certification: string | null;
  similar: MovieSummary[];
  source: CatalogSource;
  /** US dollars. */
  budget: number | null;
  /** Worldwide box office, US dollars. */
  revenue: number | null;
  externalRatings: ExternalRating[];
  /** Where to watch in the server's configured region; null or absent when unknown. */
  watchProviders?: WatchProviders | null;
}

export interface WatchProvider {
  name: string;
  logoUrl: string | null;
}

/** Data from JustWatch: credit it wherever it is shown. */
export interface WatchProviders {
  region: string;
  link: string | null;
  stream: WatchProvider[];
  free: WatchProvider[];
  rent: WatchProvider[];
  buy: WatchProvider[];
}

export interface BrowseRow {
  id: string;
  title: string;
  movies: MovieSummary[];
}

export interface BrowsePage {
  featured: MovieDetails | null;
  rows: BrowseRow[];
}

export type SearchSort = "relevance" | "popularity" | "rating" | "newest";

export interface SearchResponse {
  query: string;
  page: number;
  totalPages: number;
  totalResults: number;
  results: MovieSummary[];
  /** Present when the results are for this corrected text, not the one sent. */
  correctedQuery?: string;
  /** What the user probably meant, for "Did you mean …", when results are weak or empty. */
  suggestions?: string[];
}

export interface CatalogMeta {
  source: CatalogSource;
  version: string;
}

export interface ErrorEnvelope {
  error: { code: string; message: string };
}
