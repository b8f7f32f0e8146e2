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
}

export interface ExternalRating {
  source: string;
  /** The value as its source writes it, e.g. "87%" or "7.9/10". */
  value: string;
}

export type CatalogSource = "tmdb" | "offline";

export interface SearchQuery {
  /** The user's text, trimmed, 1..200 characters. */
  text: string;
  page: number;
  year?: number | undefined;
  genreId?: number | undefined;
}

export interface SearchPage {
  query: string;
  page: number;
  totalPages: number;
  totalResults: number;
  results: MovieSummary[];
}
