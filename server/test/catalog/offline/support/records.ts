import { filmId } from "../../../../src/catalog/offline/build/film-id.js";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";

/** A made-up record for unit tests of ranking and presentation; only what a test sets matters. */
export function fakeRecord(overrides: Partial<CatalogRecord> & { title: string }): CatalogRecord {
  const year = overrides.year === undefined ? 2000 : overrides.year;
  return {
    id: filmId(overrides.title, year),
    year,
    releaseDate: null,
    genres: [],
    director: null,
    runtime: null,
    certification: null,
    budget: null,
    revenue: null,
    imdbRating: null,
    imdbVotes: null,
    rottenTomatoes: null,
    majorGenre: null,
    creativeType: null,
    storySource: null,
    distributor: null,
    popularity: 0.5,
    ...overrides,
  };
}
