import type { ExternalRating, MovieDetails, MovieSummary } from "../../movie.js";
import type { CatalogRecord } from "../catalog-record.js";
import { overviewOf } from "./overview.js";

/** Our own routes serve the generated artwork (see `../artwork/`). */
export function posterUrl(id: number): string {
  return `/api/posters/${id}.svg`;
}

export function backdropUrl(id: number): string {
  return `/api/backdrops/${id}.svg`;
}

export function toSummary(record: CatalogRecord): MovieSummary {
  return {
    id: record.id,
    title: record.title,
    year: record.year,
    releaseDate: record.releaseDate,
    overview: overviewOf(record),
    posterUrl: posterUrl(record.id),
    backdropUrl: backdropUrl(record.id),
    rating: record.imdbRating,
    voteCount: record.imdbVotes ?? 0,
    genres: [...record.genres],
  };
}

function externalRatings(record: CatalogRecord): ExternalRating[] {
  const ratings: ExternalRating[] = [];
  if (record.rottenTomatoes !== null) {
    ratings.push({ source: "Rotten Tomatoes", value: `${record.rottenTomatoes}%` });
  }
  if (record.imdbRating !== null) {
    ratings.push({ source: "IMDb", value: `${record.imdbRating.toFixed(1)}/10` });
  }
  return ratings;
}

/** The data has no cast, trailer or tagline; those are empty, never made up. */
export function toDetails(record: CatalogRecord, similar: readonly CatalogRecord[]): MovieDetails {
  return {
    ...toSummary(record),
    tagline: "",
    runtime: record.runtime,
    directors: record.director === null ? [] : [record.director],
    cast: [],
    trailer: null,
    certification: record.certification,
    similar: similar.map(toSummary),
    source: "offline",
    budget: record.budget,
    revenue: record.revenue,
    externalRatings: externalRatings(record),
    // The offline data knows nothing of streaming offers.
    watchProviders: null,
  };
}
