import {
  type TmdbListMovie,
  type TmdbMovieDetails,
  type TmdbMoviePage,
  tmdbListMovieSchema,
  tmdbMovieDetailsSchema,
  tmdbMoviePageSchema,
} from "../../../src/catalog/tmdb/schemas.js";

/**
 * Small TMDB-shaped JSON for mapper tests, passed through the adapter's own
 * schemas exactly as a response body would be.
 */

export function listMovie(overrides: Record<string, unknown> = {}): TmdbListMovie {
  return tmdbListMovieSchema.parse({
    adult: false,
    backdrop_path: "/backdrop.jpg",
    genre_ids: [28, 878],
    id: 603,
    original_language: "en",
    original_title: "The Matrix",
    overview: "A hacker wakes up.",
    popularity: 80,
    poster_path: "/poster.jpg",
    release_date: "1999-03-31",
    title: "The Matrix",
    video: false,
    vote_average: 8.216,
    vote_count: 26_000,
    ...overrides,
  });
}

export function moviePage(overrides: Record<string, unknown> = {}): TmdbMoviePage {
  return tmdbMoviePageSchema.parse({
    page: 1,
    results: [listMovie()],
    total_pages: 1,
    total_results: 1,
    ...overrides,
  });
}

export function movieDetails(overrides: Record<string, unknown> = {}): TmdbMovieDetails {
  const { genre_ids: _, ...listFields } = listMovie();
  return tmdbMovieDetailsSchema.parse({
    ...listFields,
    genres: [
      { id: 28, name: "Action" },
      { id: 878, name: "Science Fiction" },
    ],
    tagline: "Welcome to the Real World.",
    runtime: 136,
    budget: 63_000_000,
    revenue: 463_517_383,
    ...overrides,
  });
}

export function video(overrides: Record<string, unknown> = {}) {
  return {
    iso_639_1: "en",
    iso_3166_1: "US",
    name: "Official Trailer",
    key: "KEY",
    site: "YouTube",
    size: 1080,
    type: "Trailer",
    official: true,
    published_at: "2020-01-01T00:00:00.000Z",
    id: "5c9294240e0a267cd516835f",
    ...overrides,
  };
}

export function usReleases(...releases: Array<[certification: string, type: number]>) {
  return {
    iso_3166_1: "US",
    release_dates: releases.map(([certification, type]) => ({
      certification,
      descriptors: [],
      iso_639_1: "",
      note: "",
      release_date: "1999-03-31T00:00:00.000Z",
      type,
    })),
  };
}
