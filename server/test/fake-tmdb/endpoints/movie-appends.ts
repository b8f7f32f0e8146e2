import { filmById } from "../fixtures/index.js";
import type { FixtureFilm, TmdbVideo } from "../fixtures/types.js";
import { watchProvidersFor } from "../fixtures/watch-providers.js";

/** What each `append_to_response` name (and `/movie/{id}/{name}`) adds, without an `id`. */
type Appender = (film: FixtureFilm, params: URLSearchParams) => unknown;

export const MOVIE_APPENDS: Record<string, Appender> = {
  credits: (film) => film.credits,
  videos: (film, params) => ({ results: videosFor(film.videos, params) }),
  release_dates: (film) => ({ results: film.releaseDates }),
  similar: (film) => pageOf(film.similarIds, {}),
  recommendations: (film) => pageOf(film.similarIds, { media_type: "movie" }),
  external_ids: (film) => ({
    imdb_id: film.details.imdb_id,
    wikidata_id: null,
    facebook_id: null,
    instagram_id: null,
    twitter_id: null,
  }),
  "watch/providers": (film) => watchProvidersFor(film),
  images: (film) => ({
    backdrops: imageList(film.details.backdrop_path, 1.778),
    logos: [],
    posters: imageList(film.details.poster_path, 0.667),
  }),
};

/** Appended lists that are paged keep their paging fields and have no `id` even standalone. */
export const PAGED_APPENDS = new Set(["similar", "recommendations"]);

/**
 * TMDB returns only videos in the request's language, plus those listed in
 * `include_video_language` (`null` = untagged).
 */
function videosFor(videos: TmdbVideo[], params: URLSearchParams): TmdbVideo[] {
  const requested = (params.get("language") ?? "en-US").split("-")[0] ?? "en";
  const extra = (params.get("include_video_language") ?? "").split(",");
  const wanted = new Set([requested, ...extra].map((language) => language.trim()));
  return videos.filter((video) => wanted.has(video.iso_639_1 || "null"));
}

function pageOf(ids: number[], extra: Record<string, string>) {
  const results = ids.flatMap((id) => {
    const other = filmById(id);
    return other ? [{ ...other.listItem, ...extra }] : [];
  });
  return { page: 1, results, total_pages: 1, total_results: results.length };
}

function imageList(path: string | null, aspectRatio: number) {
  if (!path) return [];
  const width = aspectRatio > 1 ? 1920 : 1000;
  return [
    {
      aspect_ratio: aspectRatio,
      height: Math.round(width / aspectRatio),
      iso_639_1: null,
      file_path: path,
      vote_average: 5.3,
      vote_count: 4,
      width,
    },
  ];
}
