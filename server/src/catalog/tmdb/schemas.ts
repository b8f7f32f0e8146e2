import { z } from "zod";

/**
 * The parts of TMDB's JSON the adapter reads, validated at the edge. Lenient
 * where TMDB is (nulls, empty strings, absent fields become one predictable
 * value); strict only on what we cannot do without (ids, titles, list shapes).
 * Meaning (e.g. `runtime: 0` is unknown) is the mapper's job, not this file's.
 *
 * @see https://developer.themoviedb.org/reference/search-movie
 * @see https://developer.themoviedb.org/reference/movie-details
 */

/** `null`, absent or the value. */
function orDefault<T extends z.ZodType>(schema: T, fallback: z.output<T>) {
  return schema.nullish().transform((value) => value ?? fallback);
}

const text = orDefault(z.string(), "");
const count = orDefault(z.number(), 0);
/** Votes, minutes: whole and not negative, whatever arrives (a negative count is 0: none). */
const wholeCount = count.transform((n) => (Number.isFinite(n) && n > 0 ? Math.round(n) : 0));
/** Ids name films in our URLs: a film without a positive one is not a film we can show. */
const movieId = z.number().int().positive();
/** Image paths look like `/abc.jpg`; TMDB sends `null` (rarely `""`) when there is none. */
const imagePath = orDefault(z.string(), "").transform((path) => path || null);

const namedGenre = z.object({ id: z.number().int(), name: z.string() });

/** One movie in a paged list: search results, `similar`, popular... */
export const tmdbListMovieSchema = z.object({
  id: movieId,
  title: z.string(),
  original_title: text,
  overview: text,
  /** `YYYY-MM-DD`, or `""` when TMDB has no date. */
  release_date: text,
  poster_path: imagePath,
  backdrop_path: imagePath,
  genre_ids: orDefault(z.array(z.number().int()), []),
  vote_average: count,
  vote_count: wholeCount,
  /** TMDB's own "how much attention now" score; orders a page by popularity. */
  popularity: count,
});

export const tmdbMoviePageSchema = z.object({
  page: z.number().int().positive(),
  results: z.array(tmdbListMovieSchema),
  total_pages: z.number().int().nonnegative(),
  total_results: z.number().int().nonnegative(),
});

const castMemberSchema = z.object({
  name: z.string(),
  character: text,
  profile_path: imagePath,
  order: orDefault(z.number(), Number.MAX_SAFE_INTEGER),
});

const crewMemberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  job: text,
});

const videoSchema = z.object({
  key: z.string(),
  site: text,
  type: text,
  official: orDefault(z.boolean(), false),
  iso_639_1: text,
});

const countryReleasesSchema = z.object({
  iso_3166_1: z.string(),
  release_dates: z.array(z.object({ certification: text, type: z.number().int() })),
});

const watchProviderSchema = z.object({
  provider_id: z.number().int(),
  provider_name: z.string(),
  logo_path: imagePath,
  display_priority: orDefault(z.number(), Number.MAX_SAFE_INTEGER),
});
const watchProviderList = orDefault(z.array(watchProviderSchema), []);

/** One country's offers; TMDB leaves out each kind that has none. */
const countryWatchProvidersSchema = z.object({
  link: orDefault(z.string(), "").transform((link) => link || null),
  flatrate: watchProviderList,
  free: watchProviderList,
  ads: watchProviderList,
  rent: watchProviderList,
  buy: watchProviderList,
});

/** `/movie/{id}` with `append_to_response=credits,videos,release_dates,similar,...`. */
export const tmdbMovieDetailsSchema = z.object({
  id: movieId,
  title: z.string(),
  original_title: text,
  overview: text,
  tagline: text,
  release_date: text,
  poster_path: imagePath,
  backdrop_path: imagePath,
  genres: orDefault(z.array(namedGenre), []),
  vote_average: count,
  vote_count: wholeCount,
  runtime: wholeCount,
  budget: count,
  revenue: count,
  // Appended objects are absent when not requested; an empty one is as good as none.
  credits: orDefault(
    z.object({
      cast: orDefault(z.array(castMemberSchema), []),
      crew: orDefault(z.array(crewMemberSchema), []),
    }),
    { cast: [], crew: [] },
  ),
  videos: orDefault(z.object({ results: orDefault(z.array(videoSchema), []) }), { results: [] }),
  release_dates: orDefault(z.object({ results: orDefault(z.array(countryReleasesSchema), []) }), {
    results: [],
  }),
  similar: orDefault(z.object({ results: orDefault(z.array(tmdbListMovieSchema), []) }), {
    results: [],
  }),
  recommendations: orDefault(z.object({ results: orDefault(z.array(tmdbListMovieSchema), []) }), {
    results: [],
  }),
  /** Keyed by ISO 3166-1 country; a country without offers is absent. */
  "watch/providers": orDefault(
    z.object({ results: orDefault(z.record(z.string(), countryWatchProvidersSchema), {}) }),
    { results: {} },
  ),
});

/** `/genre/movie/list`. */
export const tmdbGenreListSchema = z.object({ genres: z.array(namedGenre) });

/** TMDB's error body; `success` is sometimes missing, and 422s use another shape entirely. */
export const tmdbErrorBodySchema = z.object({ status_code: z.number().int().optional() });

export type TmdbListMovie = z.output<typeof tmdbListMovieSchema>;
export type TmdbMoviePage = z.output<typeof tmdbMoviePageSchema>;
export type TmdbMovieDetails = z.output<typeof tmdbMovieDetailsSchema>;
export type TmdbGenreList = z.output<typeof tmdbGenreListSchema>;
export type TmdbCastMember = z.output<typeof castMemberSchema>;
export type TmdbCrewMember = z.output<typeof crewMemberSchema>;
export type TmdbVideo = z.output<typeof videoSchema>;
export type TmdbCountryReleases = z.output<typeof countryReleasesSchema>;
export type TmdbWatchProvider = z.output<typeof watchProviderSchema>;
export type TmdbCountryWatchProviders = z.output<typeof countryWatchProvidersSchema>;
