import type { MovieSummary } from "./api-types";

/**
 * My List, kept in this browser's localStorage (no account needed). The
 * saved summaries are enough to draw the cards, so the list page needs no
 * request. Components read it through `useMyList` (useSyncExternalStore);
 * other tabs' changes arrive through the `storage` event.
 */

export const MY_LIST_STORAGE_KEY = "reelhouse.my-list.v1";

type Listener = () => void;
const listeners = new Set<Listener>();
let snapshot: readonly MovieSummary[] | undefined;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the list then lives only in memory.
    return undefined;
  }
}

function isSummary(value: unknown): value is MovieSummary {
  if (typeof value !== "object" || value === null) return false;
  const movie = value as Partial<MovieSummary>;
  return typeof movie.id === "number" && typeof movie.title === "string";
}

function read(): readonly MovieSummary[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(MY_LIST_STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isSummary) : [];
  } catch {
    return [];
  }
}

function write(movies: readonly MovieSummary[]): void {
  snapshot = movies;
  try {
    storage()?.setItem(MY_LIST_STORAGE_KEY, JSON.stringify(movies));
  } catch {
    // Full or unavailable storage: keep the in-memory list for this visit.
  }
  for (const listener of listeners) listener();
}

export function getMyList(): readonly MovieSummary[] {
  snapshot ??= read();
  return snapshot;
}

/**
 * Another tab changed the list: re-read it and tell everyone here. Heard for
 * the page's whole life, not only while something subscribes: a change made
 * while this tab shows a page without cards (About) must still be there when
 * it opens My List.
 */
window.addEventListener("storage", (event: StorageEvent) => {
  if (event.key !== MY_LIST_STORAGE_KEY && event.key !== null) return;
  snapshot = read();
  for (const listener of listeners) listener();
});

export function subscribeToMyList(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Newest first; a film is listed once. Only the summary's fields are kept. */
export function addToMyList(movie: MovieSummary): void {
  const list = getMyList();
  if (list.some((saved) => saved.id === movie.id)) return;
  const summary: MovieSummary = {
    id: movie.id,
    title: movie.title,
    year: movie.year,
    releaseDate: movie.releaseDate,
    overview: movie.overview,
    posterUrl: movie.posterUrl,
    backdropUrl: movie.backdropUrl,
    posterSrcSet: movie.posterSrcSet ?? null,
    backdropSrcSet: movie.backdropSrcSet ?? null,
    rating: movie.rating,
    voteCount: movie.voteCount,
    genres: movie.genres,
  };
  write([summary, ...list]);
}

export function removeFromMyList(id: number): void {
  write(getMyList().filter((saved) => saved.id !== id));
}

/** Tests start from an empty list. */
export function resetMyListForTests(): void {
  snapshot = undefined;
}
