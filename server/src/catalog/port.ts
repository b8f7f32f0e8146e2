import type { BrowsePage, CatalogSource, MovieDetails, SearchPage, SearchQuery } from "./movie.js";

/**
 * The one port every route talks to. Two adapters implement it (TMDB over
 * HTTP, the embedded offline catalog); routes never know which one answers.
 *
 * Implementations throw the typed errors of `./errors.ts`, never raw ones.
 */
export interface MovieCatalog {
  readonly source: CatalogSource;
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchPage>;
  /** Throws `NotFoundError` for an unknown id. */
  getMovie(id: number, signal?: AbortSignal): Promise<MovieDetails>;
  /** The home page's billboard and rows, composed from the catalog's own lists. */
  browse(signal?: AbortSignal): Promise<BrowsePage>;
}
