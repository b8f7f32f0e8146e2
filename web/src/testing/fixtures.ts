import type { BrowsePage, MovieDetails, MovieSummary, SearchPage } from "../lib/api-types";

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
): SearchPage {
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

/** A browse answer: `featured` in full, then rows named like the API's. */
export function browsePage(overrides: Partial<BrowsePage> = {}): BrowsePage {
  const films = [
    movieSummary(),
    movieSummary({ id: 604, title: "The Matrix Reloaded", year: 2003 }),
    movieSummary({ id: 605, title: "The Matrix Revolutions", year: 2003 }),
    movieSummary({ id: 78, title: "Blade Runner", year: 1982 }),
  ];
  return {
    featured: movieDetails({
      id: 78,
      title: "Blade Runner",
      year: 1982,
      trailer: {
        site: "YouTube",
        key: "eogpIG53Cis",
        url: "https://www.youtube.com/watch?v=eogpIG53Cis",
      },
    }),
    rows: [
      { id: "trending", title: "Trending now", movies: films },
      { id: "popular", title: "Popular", movies: films.toReversed() },
    ],
    ...overrides,
  };
}
