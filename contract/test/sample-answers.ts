import type { MovieDetails, MovieSummary } from "../src/index.js";

/** A film as the offline catalog serves it: one scalable artwork, no offers. */
export const offlineSummary: MovieSummary = {
  id: 1042,
  title: "The Matrix",
  year: 1999,
  releaseDate: "1999-03-31",
  overview: "A hacker learns what the world really is.",
  posterUrl: "/api/posters/1042.svg",
  backdropUrl: "/api/backdrops/1042.svg",
  rating: 8.7,
  voteCount: 1_200_000,
  genres: ["Action", "Science Fiction"],
};

/** A film as the TMDB catalog serves it: sized images, offers in a region. */
export const tmdbDetails: MovieDetails = {
  ...offlineSummary,
  id: 603,
  posterUrl: "https://image.tmdb.org/t/p/w342/matrix.jpg",
  posterSrcSet: "https://image.tmdb.org/t/p/w185/matrix.jpg 185w",
  backdropSrcSet: null,
  tagline: "Welcome to the Real World.",
  runtime: 136,
  directors: ["Lana Wachowski", "Lilly Wachowski"],
  cast: [{ name: "Keanu Reeves", character: "Neo", profileUrl: null }],
  trailer: {
    site: "YouTube",
    key: "vKQi3bBA1y8",
    url: "https://www.youtube.com/watch?v=vKQi3bBA1y8",
  },
  certification: "R",
  similar: [offlineSummary],
  source: "tmdb",
  budget: 63_000_000,
  revenue: 463_517_383,
  externalRatings: [{ source: "Rotten Tomatoes", value: "87%" }],
  watchProviders: {
    region: "US",
    link: "https://www.themoviedb.org/movie/603/watch?locale=US",
    stream: [{ name: "Max", logoUrl: null }],
    free: [],
    rent: [],
    buy: [],
  },
};
