import type { MovieDetails, MovieSummary, SearchResponse } from "../lib/api-types";

export function movieSummary(overrides: Partial<MovieSummary> = {}): MovieSummary {
  return {
    id: 603,
    title: "The Matrix",
    year: 1999,
    releaseDate: "1999-03-31",
    overview: "A hacker learns the truth about his reality.",
    posterUrl: "https://image.tmdb.org/t/p/w500/matrix.jpg",
    backdropUrl: "https://image.tmdb.org/t/p/w1280/matrix-backdrop.jpg",
    rating: 8.2,
    voteCount: 24_000,
    genres: ["Action", "Science Fiction"],
    ...overrides,
  };
}

export function searchPage(
  query: string,
  results: MovieSummary[],
  { page = 1, totalPages = 1, totalResults = results.length } = {},
): SearchResponse {
  return { query, page, totalPages, totalResults, results };
}

export function movieDetails(overrides: Partial<MovieDetails> = {}): MovieDetails {
  return {
    ...movieSummary(),
    tagline: "Welcome to the Real World.",
    runtime: 136,
    directors: ["Lana Wachowski", "Lilly Wachowski"],
    cast: [],
    trailer: null,
    certification: "R",
    similar: [],
    source: "offline",
    budget: 63_000_000,
    revenue: 463_517_383,
    externalRatings: [{ source: "Rotten Tomatoes", value: "88%" }],
    ...overrides,
  };
}
