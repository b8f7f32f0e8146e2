import type { BrowsePage, BrowseRow, MovieDetails } from "../movie.js";
import { BROWSE_LISTS, type BrowseList } from "./browse-lists.js";
import type { GenreLookup } from "./genre-names.js";
import type { TmdbHttpClient } from "./http-client.js";
import { toBrowseRow } from "./mapper.js";
import type { TmdbLogger } from "./options.js";
import { tmdbMoviePageSchema } from "./schemas.js";
import { missingEndpointAsMisconfiguration } from "./upstream-errors.js";

export interface TmdbBrowseDeps {
  client: TmdbHttpClient;
  genreNames: () => Promise<GenreLookup>;
  getMovie: (id: number, signal?: AbortSignal) => Promise<MovieDetails>;
  language: string;
  region: string;
  logger: TmdbLogger;
}

/**
 * The home page from TMDB: every row's list fetched at once, then the
 * billboard's film in full (runtime, certification, trailer). Any failed list
 * fails the page: a row silently missing would look like the catalog had
 * nothing to show, and a cache would keep that half page.
 */
export function createTmdbBrowse(deps: TmdbBrowseDeps) {
  async function fetchRow(list: BrowseList, genreName: GenreLookup, signal?: AbortSignal) {
    const params = {
      ...list.params,
      language: deps.language,
      page: 1,
      region: list.regional ? deps.region : undefined,
    };
    const page = await deps.client
      .get(list.path, params, tmdbMoviePageSchema, signal)
      .catch((error: unknown) => {
        throw missingEndpointAsMisconfiguration(error, list.path, deps.logger);
      });
    const title = list.genreId === undefined ? list.title : (genreName(list.genreId) ?? list.title);
    return toBrowseRow(list.id, title, page, genreName);
  }

  return async function browse(signal?: AbortSignal): Promise<BrowsePage> {
    const genreName = await deps.genreNames();
    const rows = await Promise.all(BROWSE_LISTS.map((list) => fetchRow(list, genreName, signal)));
    const pick = featuredCandidate(rows);
    const featured = pick === undefined ? null : await deps.getMovie(pick, signal);
    return { featured, rows: rows.filter((row) => row.movies.length > 0) };
  };
}

/** The first trending (else any) film with a backdrop and an overview: a billboard needs both. */
function featuredCandidate(rows: BrowseRow[]): number | undefined {
  for (const row of rows) {
    const film = row.movies.find((movie) => movie.backdropUrl && movie.overview);
    if (film) return film.id;
  }
  return undefined;
}
