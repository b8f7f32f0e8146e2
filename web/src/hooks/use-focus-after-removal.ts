import { type RefObject, useLayoutEffect, useRef } from "react";
import type { MovieSummary } from "../lib/api-types";
import { replaceRemovedOpener } from "../lib/movie-dialog";

/**
 * Removing a film unmounts its card, and with it the focused "Remove" button
 * or the card link that opened the details dialog: the browser would drop
 * focus to <body> and a keyboard user would lose their place. So after a
 * removal the next card (the previous one when the last went) takes over:
 * its "Remove" button gets the lost focus, and its link becomes what a
 * closing dialog gives focus back to. With no card left, `fallback` does
 * (a heading or an "empty" note with tabIndex -1).
 *
 * Used by the My List page's grid and the home page's My List row: `list` is
 * the <ul> whose children are the cards of `movies`, in order.
 */
export function useFocusAfterRemoval(
  movies: readonly MovieSummary[],
  list: RefObject<HTMLUListElement | null>,
  fallback: RefObject<HTMLElement | null>,
): void {
  const previous = useRef(movies);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = movies;
    const kept = new Set(movies.map((movie) => movie.id));
    const removedAt = before.findIndex((movie) => !kept.has(movie.id));
    if (removedAt === -1) return;

    const cards = list.current?.children;
    const successor = cards?.[Math.min(removedAt, cards.length - 1)];
    const link = successor?.querySelector<HTMLElement>("[data-card-link]") ?? fallback.current;
    const button = successor?.querySelector<HTMLElement>("button") ?? fallback.current;
    if (link) replaceRemovedOpener(link);
    const active = document.activeElement;
    if (active === null || active === document.body) button?.focus();
  }, [movies, list, fallback]);
}
