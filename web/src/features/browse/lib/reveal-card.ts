import { scrollBehavior } from "../../../lib/motion";

/** A card's edges and the row's view, in the track's scroll coordinates (px). */
interface Span {
  start: number;
  end: number;
}
interface View {
  scrollLeft: number;
  width: number;
  /** The track's scroll-padding: the page margins a whole card must stay inside. */
  padStart: number;
  padEnd: number;
}

/** Sub-pixel layout: a card within a pixel of the margin counts as inside. */
const SLACK = 1;

/**
 * The scroll position that shows `card` whole, inside the page margins, and
 * is one of the row's snap points (a card's start at the left margin), so
 * mandatory snapping keeps it there. `scrollIntoView` can't be used: it
 * aims for the nearest edge, which is no snap point, and the browser then
 * snaps back to the closest one, leaving the card cut at the screen's edge.
 */
export function scrollLeftToReveal(card: Span, view: View, starts: readonly number[]): number {
  const fits = card.end + view.padEnd - view.width; // least position showing the card's end
  const aligned = card.start - view.padStart; // the card's own snap point
  if (view.scrollLeft >= fits - SLACK && view.scrollLeft <= aligned + SLACK) return view.scrollLeft;
  if (view.scrollLeft > aligned) return aligned;
  const snap = starts.map((start) => start - view.padStart).find((left) => left >= fits - SLACK);
  return Math.min(snap ?? aligned, aligned);
}

/** Scrolls `track` (a horizontal row of `li` cards) so the card `item` shows whole. */
export function revealCard(track: HTMLElement, item: HTMLElement): void {
  const origin = track.getBoundingClientRect().left - track.scrollLeft;
  const span = (element: Element): Span => {
    const box = element.getBoundingClientRect();
    return { start: box.left - origin, end: box.right - origin };
  };
  const style = getComputedStyle(track);
  const left = scrollLeftToReveal(
    span(item),
    {
      scrollLeft: track.scrollLeft,
      width: track.clientWidth,
      padStart: Number.parseFloat(style.scrollPaddingLeft) || 0,
      padEnd: Number.parseFloat(style.scrollPaddingRight) || 0,
    },
    [...track.children].map((child) => span(child).start),
  );
  const behavior = scrollBehavior();
  if (left !== track.scrollLeft) track.scrollTo({ left, behavior });
  // The row itself may sit partly off screen; this scrolls the page, not the row.
  track.scrollIntoView({ block: "nearest", behavior });
}
