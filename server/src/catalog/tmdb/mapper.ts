import type { CastMember, MovieDetails, MovieSummary, SearchPage, Trailer } from "../movie.js";
import type { GenreLookup } from "./genre-names.js";
import { imageUrl } from "./images.js";
import type {
  TmdbCastMember,
  TmdbCountryReleases,
  TmdbCrewMember,
  TmdbListMovie,
  TmdbMovieDetails,
  TmdbMoviePage,
  TmdbVideo,
} from "./schemas.js";

/**
 * The one module that turns TMDB's JSON into our DTOs: everything that knows
 * a TMDB field name or a TMDB convention (`0` = unknown, `""` = no date,
 * release type 3 = theatrical) lives here.
 */

/** TMDB serves pages 1..500 only, whatever `total_pages` says. */
export const TMDB_MAX_PAGE = 500;
export const MAX_CAST = 15;
export const MAX_SIMILAR = 12;
const THEATRICAL_RELEASE = 3;
/** Best first. Clips and featurettes are not what a "Play trailer" button promises. */
const TRAILER_TYPES = ["Trailer", "Teaser"];

/**
 * TMDB search has no genre filter, so `genreId` filters the page TMDB sent:
 * a page can then hold fewer than 20 results, and the totals still describe
 * the unfiltered search.
 */
export function toSearchPage(
  query: string,
  page: TmdbMoviePage,
  genreName: GenreLookup,
  genreId?: number,
): SearchPage {
  const matching =
    genreId === undefined
      ? page.results
      : page.results.filter((m) => m.genre_ids.includes(genreId));
  return {
    query,
    page: page.page,
    totalPages: Math.min(page.total_pages, TMDB_MAX_PAGE),
    totalResults: page.total_results,
    results: matching.map((movie) => toMovieSummary(movie, genreName)),
  };
}

export function toMovieSummary(movie: TmdbListMovie, genreName: GenreLookup): MovieSummary {
  const genres = movie.genre_ids.map(genreName).filter((name) => name !== undefined);
  return { ...summaryFields(movie), genres };
}

/** `language` is the request's (e.g. `en-US`): trailers in it are preferred. */
export function toMovieDetails(
  movie: TmdbMovieDetails,
  genreName: GenreLookup,
  language: string,
): MovieDetails {
  return {
    ...summaryFields(movie),
    genres: movie.genres.map((genre) => genre.name),
    tagline: movie.tagline.trim(),
    runtime: positiveOrNull(movie.runtime),
    directors: directorsOf(movie.credits.crew),
    cast: topCast(movie.credits.cast),
    trailer: pickTrailer(movie.videos.results, language),
    certification: usCertification(movie.release_dates.results),
    similar: movie.similar.results
      .filter((other) => other.id !== movie.id)
      .slice(0, MAX_SIMILAR)
      .map((other) => toMovieSummary(other, genreName)),
    source: "tmdb",
    budget: positiveOrNull(movie.budget),
    revenue: positiveOrNull(movie.revenue),
    externalRatings: [],
  };
}

function summaryFields(movie: TmdbListMovie | TmdbMovieDetails): Omit<MovieSummary, "genres"> {
  const releaseDate = /^\d{4}-\d{2}-\d{2}$/.test(movie.release_date) ? movie.release_date : null;
  return {
    id: movie.id,
    // A missing translation should fall back to the original title; be sure of it.
    title: movie.title || movie.original_title,
    year: releaseDate ? Number(releaseDate.slice(0, 4)) : null,
    releaseDate,
    overview: movie.overview.trim(),
    posterUrl: imageUrl("poster", movie.poster_path),
    backdropUrl: imageUrl("backdrop", movie.backdrop_path),
    rating: ratingOf(movie.vote_average, movie.vote_count),
    voteCount: movie.vote_count,
  };
}

/** TMDB reports 0 for "nobody voted"; we say null. One decimal is all a 0..10 score needs. */
function ratingOf(voteAverage: number, voteCount: number): number | null {
  if (voteCount <= 0) return null;
  return Math.round(Math.min(10, Math.max(0, voteAverage)) * 10) / 10;
}

/** TMDB's `0` means unknown for runtime, budget and revenue. */
function positiveOrNull(value: number): number | null {
  return value > 0 ? value : null;
}

/** Crew lists a person once per job, and co-directors each once: dedupe by person. */
function directorsOf(crew: TmdbCrewMember[]): string[] {
  const seen = new Set<number>();
  const names: string[] = [];
  for (const member of crew) {
    if (member.job !== "Director" || seen.has(member.id)) continue;
    seen.add(member.id);
    names.push(member.name);
  }
  return names;
}

function topCast(cast: TmdbCastMember[]): CastMember[] {
  return cast
    .toSorted((a, b) => a.order - b.order)
    .slice(0, MAX_CAST)
    .map((member) => ({
      name: member.name,
      character: member.character.trim(),
      profileUrl: imageUrl("profile", member.profile_path),
    }));
}

/**
 * A YouTube trailer, best first: in the request's language, official, a
 * Trailer before a Teaser; ties keep TMDB's order.
 */
function pickTrailer(videos: TmdbVideo[], language: string): Trailer | null {
  const wantedLanguage = language.split("-")[0]?.toLowerCase();
  const rank = (video: TmdbVideo) => [
    video.iso_639_1.toLowerCase() === wantedLanguage ? 0 : 1,
    video.official ? 0 : 1,
    TRAILER_TYPES.indexOf(video.type),
  ];
  const best = videos
    .filter((video) => video.site === "YouTube" && TRAILER_TYPES.includes(video.type) && video.key)
    .toSorted((a, b) => compareRanks(rank(a), rank(b)))[0];
  if (!best) return null;
  const key = best.key;
  return {
    site: "YouTube",
    key,
    url: `https://www.youtube.com/watch?v=${encodeURIComponent(key)}`,
  };
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The US rating: the theatrical release's first, else any US release's;
 * TMDB leaves certifications empty or padded with spaces.
 */
function usCertification(countries: TmdbCountryReleases[]): string | null {
  const usReleases = countries
    .filter((country) => country.iso_3166_1 === "US")
    .flatMap((country) => country.release_dates)
    .map((release) => ({ type: release.type, certification: release.certification.trim() }))
    .filter((release) => release.certification !== "");
  const theatrical = usReleases.find((release) => release.type === THEATRICAL_RELEASE);
  return (theatrical ?? usReleases[0])?.certification ?? null;
}
