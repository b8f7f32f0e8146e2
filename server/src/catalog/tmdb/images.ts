/**
 * Image URLs from TMDB's file paths (`/abc123.jpg`). The base and sizes are
 * the documented, long-stable ones, so we don't spend a `/configuration` call
 * at start-up to rediscover them.
 *
 * @see https://developer.themoviedb.org/docs/image-basics
 */
export const TMDB_IMAGE_BASE_URL = "https://image.tmdb.org/t/p/";

/** Sizes we serve: cards show posters at ~200 CSS px (w342 covers 1.5x), backdrops fill a hero. */
export const IMAGE_SIZES = {
  poster: "w342",
  backdrop: "w1280",
  profile: "w185",
} as const;

export type ImageKind = keyof typeof IMAGE_SIZES;

/** The image's URL, or null when TMDB has no such image. */
export function imageUrl(kind: ImageKind, path: string | null | undefined): string | null {
  if (!path) return null;
  const absolutePath = path.startsWith("/") ? path : `/${path}`;
  return `${TMDB_IMAGE_BASE_URL}${IMAGE_SIZES[kind]}${absolutePath}`;
}
