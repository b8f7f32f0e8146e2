import { NotFoundError } from "../errors.js";
import type { BrowsePage, MovieDetails, SearchPage, SearchQuery } from "../movie.js";
import type { MovieCatalog } from "../port.js";
import { type ArtworkKind, backdropSvg, posterSvg } from "./artwork/index.js";
import { offlineBrowsePage } from "./browse/browse-page.js";
import type { CatalogRecord } from "./catalog-record.js";
import { similarFilms } from "./details/similar.js";
import { toDetails, toSummary } from "./details/to-dto.js";
import { refineMatches } from "./refine/refine-matches.js";
import { FilmSearch } from "./search/film-search.js";
import type { SearchIndex } from "./search/search-index.js";

export const PAGE_SIZE = 20;

/**
 * The embedded catalog: every film in memory, a title index over them, and
 * generated artwork. Answers the same port as the TMDB adapter, so routes
 * cannot tell which one serves them.
 */
export class OfflineCatalog implements MovieCatalog {
  readonly source = "offline";
  readonly size: number;
  readonly #films: readonly CatalogRecord[];
  readonly #byId: ReadonlyMap<number, CatalogRecord>;
  readonly #search: FilmSearch;
  #browse: BrowsePage | undefined;

  /** `search`: the films' index as the build stored it; built here when not given. */
  constructor(films: readonly CatalogRecord[], search?: SearchIndex) {
    this.#films = films;
    this.#byId = new Map(films.map((film) => [film.id, film]));
    this.#search = new FilmSearch(films, search);
    this.size = films.length;
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const found = this.#search.search(query.text);
    const matches = refineMatches(found.films, query);
    const start = (query.page - 1) * PAGE_SIZE;
    return {
      query: query.text,
      page: query.page,
      totalPages: Math.ceil(matches.length / PAGE_SIZE),
      totalResults: matches.length,
      results: matches.slice(start, start + PAGE_SIZE).map(toSummary),
      // The match already forgave the typo: offline offers the correction ("Did you mean"), never imposes it.
      ...(found.suggestions.length > 0 ? { suggestions: found.suggestions } : {}),
    };
  }

  async getMovie(id: number): Promise<MovieDetails> {
    const film = this.#byId.get(id);
    if (!film) throw new NotFoundError(`No film with id ${id} in the offline catalog`);
    return toDetails(film, similarFilms(film, this.#films));
  }

  /** The catalog never changes while the server runs: the rows are composed once. */
  async browse(): Promise<BrowsePage> {
    this.#browse ??= offlineBrowsePage(this.#films);
    return this.#browse;
  }

  /** SVG text for a film's poster or backdrop; undefined for an unknown id. */
  artwork(id: number, kind: ArtworkKind): string | undefined {
    const film = this.#byId.get(id);
    if (!film) return undefined;
    return kind === "poster" ? posterSvg(film) : backdropSvg(film);
  }
}
