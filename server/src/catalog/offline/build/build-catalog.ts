import type { CatalogFile, CatalogRecord } from "../catalog-record.js";
import { CATALOG_FORMAT } from "../catalog-record.js";
import type { CleanFilm } from "../cleaning/film-draft.js";
import { type CleaningReport, cleanVegaRows } from "../cleaning/pipeline.js";
import { isoDate } from "../cleaning/release-date.js";
import type { VegaRow } from "../cleaning/vega-row.js";
import { buildSearchIndex } from "../search/search-index.js";
import { assertUniqueIds, filmId } from "./film-id.js";
import { tmdbGenres } from "./genre-mapping.js";
import { popularityScale } from "./popularity.js";

export const CATALOG_SOURCE = "vega-datasets data/movies.json, cleaned by scripts/build-catalog.ts";

function toRecord(film: CleanFilm, popularity: number): CatalogRecord {
  const year = film.release?.year ?? null;
  return {
    id: filmId(film.title, year),
    title: film.title,
    year,
    releaseDate: isoDate(film.release),
    genres: tmdbGenres(film.majorGenre, film.creativeType),
    director: film.director,
    runtime: film.runtimeMinutes,
    certification: film.mpaaRating,
    budget: film.budget,
    revenue: film.worldwideGross,
    imdbRating: film.imdbRating,
    imdbVotes: film.imdbVotes,
    rottenTomatoes: film.rottenTomatoes,
    majorGenre: film.majorGenre,
    creativeType: film.creativeType,
    storySource: film.source,
    distributor: film.distributor,
    popularity,
  };
}

/** vega rows in, the catalog file's content (films and their search index) out: pure and deterministic. */
export function buildCatalog(rows: readonly VegaRow[]): {
  catalog: CatalogFile;
  report: CleaningReport;
} {
  const { films, report } = cleanVegaRows(rows);
  const popularityOf = popularityScale(films);
  const records = films.map((film) => toRecord(film, popularityOf(film)));
  assertUniqueIds(records);
  return {
    catalog: {
      format: CATALOG_FORMAT,
      source: CATALOG_SOURCE,
      films: records,
      search: buildSearchIndex(records),
    },
    report,
  };
}
