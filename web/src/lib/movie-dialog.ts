import { createContext, useContext } from "react";
import { type Location, useLocation } from "react-router";

/**
 * Details open as a dialog over the page they were opened from: the link to
 * `/movie/:id` carries that page's location as `background`, the app keeps
 * rendering the background page and draws the dialog on top. The URL alone
 * (a reload, a shared link) renders the full details page instead.
 */
export interface MovieDialogState {
  background: Location;
  /** How many dialog entries deep in history: closing goes back this many. */
  depth: number;
  /** Start the trailer at once (the billboard's "Play trailer"). */
  playTrailer?: boolean;
}

export function isMovieDialogState(state: unknown): state is MovieDialogState {
  if (typeof state !== "object" || state === null) return false;
  const candidate = state as Partial<MovieDialogState>;
  return (
    typeof candidate.background === "object" &&
    candidate.background !== null &&
    typeof candidate.depth === "number"
  );
}

/** The real location while a dialog is open (the app's routes see the background one). */
export const DialogLocationContext = createContext<Location | null>(null);

export function useDialogLocation(): Location | null {
  return useContext(DialogLocationContext);
}

/** The state a link to a film's details should carry from where it is rendered. */
export function useMovieLinkState(extra: { playTrailer?: boolean } = {}): MovieDialogState {
  const location = useLocation();
  const dialog = useDialogLocation();
  const open = dialog && isMovieDialogState(dialog.state) ? dialog.state : null;
  return open
    ? { background: open.background, depth: open.depth + 1, ...extra }
    : { background: location, depth: 1, ...extra };
}

let opener: HTMLElement | null = null;

/** The element that opened the dialog from the page, so closing can give focus back. */
export function rememberOpener(element: HTMLElement): void {
  opener = element;
}

/** The opener left the page (its film was removed from My List): `element` stands in for it. */
export function replaceRemovedOpener(element: HTMLElement): void {
  if (opener && !opener.isConnected) opener = element;
}

export function openerToRefocus(): HTMLElement | null {
  return opener?.isConnected ? opener : null;
}
