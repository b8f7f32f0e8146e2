import type {
  BrowseRow,
  CastMember,
  MovieDetails,
  MovieSummary,
  SearchPage,
  SearchQuery,
  SearchSort,
  Trailer,
  WatchProvider,
  WatchProviders,
} from "../movie.js";
import { inYearRange } from "../year-range.js";
import { calendarDate, releaseYear } from "./calendar-date.js";
import { certificationIn } from "./certification.js";
import type { GenreLookup } from "./genre-names.js";
import { imageSrcSet, imageUrl } from "./images.js";
import type {
  TmdbCastMember,
  TmdbCountryWatchProviders,
  TmdbCrewMember,
  TmdbListMovie,
  TmdbMovieDetails,
  TmdbMoviePage,
  TmdbVideo,
  TmdbWatchProvider,
} from "./schemas.js";

/**
 * The one module that turns TMDB's JSON into our DTOs: everything that knows
 * a TMDB field name or a TMDB convention (`0` = unknown, `""` = no date,
 * release type 3 = theatrical) lives here, or in the two helpers it uses
 * (`calendar-date.ts`, `certification.ts`).
 */

/** TMDB serves pages 1..500 only, whatever `total_pages` says. */
export const TMDB_MAX_PAGE = 500;
export const MAX_CAST = 15;
export const MAX_SIMILAR = 12;
/** Best first. Clips and featurettes are not what a "Play trailer" button promises. */
const TRAILER_TYPES = ["Trailer", "Teaser"];

/** The filters and order `/search/movie` can't apply itself (see `toSearchPage`). */
export type PageRefinement = Pick<SearchQuery, "genreId" | "yearFrom" | "yearTo" | "sort">;

/**
 * TMDB search filters by one release year only and always orders by its own
 * relevance. So the genre and a year range filter the page TMDB sent, and a
 * sort re-orders that page: a page can hold fewer than 20 results, and
 * "newest first" holds within each page, not across pages. The total is
 * exact when TMDB's answer fits in this one page; otherwise it still counts
 * the unfiltered search, and the page says it is an upper bound.
 */
export function toSearchPage(
  query: string,
  page: TmdbMoviePage,
  genreName: GenreLookup,
  refine: PageRefinement = {},
): SearchPage {
  const { genreId, yearFrom, yearTo } = refine;
  // A one-year range TMDB applies itself, across all pages (`primary_release_year`).
  const yearsByTmdb = yearFrom !== undefined && yearFrom === yearTo;
  const filtered =
    genreId !== undefined || (!yearsByTmdb && (yearFrom !== undefined || yearTo !== undefined));
  // The year the film's summary shows: a date on no calendar is no date.
  const matching = page.results.filter(
    (movie) =>
      (genreId === undefined || movie.genre_ids.includes(genreId)) &&
      inYearRange(releaseYear(movie.release_date), { yearFrom, yearTo }),
  );
  const onePage = page.total_pages <= 1;
  return {
    query,
    page: page.page,
    totalPages: Math.min(page.total_pages, TMDB_MAX_PAGE),
    totalResults: filtered && onePage ? matching.length : page.total_results,
    ...(filtered && !onePage ? { totalIsUpperBound: true as const } : {}),
    results: sortPage(matching, refine.sort ?? "relevance").map((movie) =>
      toMovieSummary(movie, genreName),
    ),
  };
}

/** Stable, so ties keep TMDB's relevance order; films without a date or votes go last. */
function sortPage(movies: TmdbListMovie[], sort: SearchSort): TmdbListMovie[] {
  switch (sort) {
    case "relevance":
      return movies;
    case "popularity":
      return movies.toSorted((a, b) => b.popularity - a.popularity);
    case "rating":
      return movies.toSorted(
        (a, b) => ratingKey(b.vote_average, b.vote_count) - ratingKey(a.vote_average, a.vote_count),
      );
    case "newest":
      return movies.toSorted((a, b) => dateKey(b).localeCompare(dateKey(a)));
  }
}

/** The release date as the summary shows it; "" (last when newest first) for none. */
function dateKey(movie: TmdbListMovie): string {
  return calendarDate(movie.release_date) ?? "";
}

function ratingKey(voteAverage: number, voteCount: number): number {
  return ratingOf(voteAverage, voteCount) ?? -1;
}

/** One home-page row from a TMDB list page, each film once. */
export function toBrowseRow(
  id: string,
  title: string,
  page: TmdbMoviePage,
  genreName: GenreLookup,
): BrowseRow {
  const seen = new Set<number>();
  const movies = page.results
    .filter((movie) => !seen.has(movie.id) && seen.add(movie.id))
    .map((movie) => toMovieSummary(movie, genreName));
  return { id, title, movies };
}

export function toMovieSummary(movie: TmdbListMovie, genreName: GenreLookup): MovieSummary {
  const genres = movie.genre_ids.map(genreName).filter((name) => name !== undefined);
  return { ...summaryFields(movie), genres };
}

/**
 * `language` is the request's (e.g. `en-US`): trailers in it are preferred.
 * `region` (ISO 3166-1) picks the country whose watch providers are shown.
 */
export function toMovieDetails(
  movie: TmdbMovieDetails,
  genreName: GenreLookup,
  language: string,
  region = "US",
): MovieDetails {
  // Recommendations (what viewers of this film watched) beat "similar" (shared
  // keywords and genres) when TMDB has them; older or obscure films often don't.
  const related =
    movie.recommendations.results.length > 0
      ? movie.recommendations.results
      : movie.similar.results;
  return {
    ...summaryFields(movie),
    genres: movie.genres.map((genre) => genre.name),
    tagline: movie.tagline.trim(),
    runtime: positiveOrNull(movie.runtime),
    directors: directorsOf(movie.credits.crew),
    cast: topCast(movie.credits.cast),
    trailer: pickTrailer(movie.videos.results, language),
    certification: certificationIn(movie.release_dates.results, region),
    similar: related
      .filter((other) => other.id !== movie.id)
      .slice(0, MAX_SIMILAR)
      .map((other) => toMovieSummary(other, genreName)),
    source: "tmdb",
    budget: positiveOrNull(movie.budget),
    revenue: positiveOrNull(movie.revenue),
    externalRatings: [],
    watchProviders: watchProvidersIn(movie["watch/providers"].results, region),
  };
}

function summaryFields(movie: TmdbListMovie | TmdbMovieDetails): Omit<MovieSummary, "genres"> {
  const releaseDate = calendarDate(movie.release_date);
  return {
    id: movie.id,
    // A missing translation should fall back to the original title; be sure of it.
    title: movie.title || movie.original_title,
    year: releaseDate ? Number(releaseDate.slice(0, 4)) : null,
    releaseDate,
    overview: movie.overview.trim(),
    posterUrl: imageUrl("poster", movie.poster_path),
    backdropUrl: imageUrl("backdrop", movie.backdrop_path),
    posterSrcSet: imageSrcSet("poster", movie.poster_path),
    backdropSrcSet: imageSrcSet("backdrop", movie.backdrop_path),
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
  const languageRank = (code: string) => (code === wantedLanguage ? 0 : code === "en" ? 1 : 2);
  const rank = (video: TmdbVideo) => [
    languageRank(video.iso_639_1.toLowerCase()),
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

/**
 * One country's offers, or null when TMDB lists none there. "Free" merges
 * TMDB's `free` and `ads` (both cost nothing); each list keeps TMDB's display
 * priority and names a provider once.
 */
function watchProvidersIn(
  byCountry: Record<string, TmdbCountryWatchProviders>,
  region: string,
): WatchProviders | null {
  const offers = byCountry[region.toUpperCase()];
  if (!offers) return null;
  const providers: WatchProviders = {
    region: region.toUpperCase(),
    link: offers.link,
    stream: providerList(offers.flatrate),
    free: providerList([...offers.free, ...offers.ads]),
    rent: providerList(offers.rent),
    buy: providerList(offers.buy),
  };
  const none = [providers.stream, providers.free, providers.rent, providers.buy].every(
    (list) => list.length === 0,
  );
  return none ? null : providers;
}

function providerList(providers: TmdbWatchProvider[]): WatchProvider[] {
  const seen = new Set<number>();
  return providers
    .toSorted((a, b) => a.display_priority - b.display_priority)
    .filter((provider) => !seen.has(provider.provider_id) && seen.add(provider.provider_id))
    .map((provider) => ({
      name: provider.provider_name,
      logoUrl: imageUrl("logo", provider.logo_path),
    }));
}
