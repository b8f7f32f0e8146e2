/**
 * Image URLs from TMDB's file paths (`/abc123.jpg`). The base and sizes are
 * the documented, long-stable ones, so we don't spend a `/configuration` call
 * at start-up to rediscover them.
 *
 * @see https://developer.themoviedb.org/docs/image-basics
 */
const TMDB_IMAGE_BASE_URL = "https://image.tmdb.org/t/p/";

/** Sizes we serve: cards show posters at ~200 CSS px (w342 covers 1.5x), backdrops fill a hero. */
export const IMAGE_SIZES = {
  poster: "w342",
  backdrop: "w1280",
  profile: "w185",
  /** Watch-provider logos show at about 46 CSS px: w92 covers 2x screens. */
  logo: "w92",
} as const;

export type ImageKind = keyof typeof IMAGE_SIZES;

/** The image's URL, or null when TMDB has no such image. */
export function imageUrl(kind: ImageKind, path: string | null | undefined): string | null {
  if (!path) return null;
  const absolutePath = path.startsWith("/") ? path : `/${path}`;
  return `${TMDB_IMAGE_BASE_URL}${IMAGE_SIZES[kind]}${absolutePath}`;
}

/**
 * The widths a `srcset` offers per kind: enough steps that a card at any
 * device pixel ratio gets a file near its size. ("original" has no fixed
 * width, so it can't be a `w` candidate.)
 */
const SRCSET_WIDTHS = {
  poster: [185, 342, 500, 780],
  backdrop: [300, 780, 1280],
  profile: [45, 185],
  logo: [45, 92],
} as const;

/** "URL 185w, URL 342w, ...", or null when TMDB has no such image. */
export function imageSrcSet(kind: ImageKind, path: string | null | undefined): string | null {
  if (!path) return null;
  const absolutePath = path.startsWith("/") ? path : `/${path}`;
  return SRCSET_WIDTHS[kind]
    .map((width) => `${TMDB_IMAGE_BASE_URL}w${width}${absolutePath} ${width}w`)
    .join(", ");
}
