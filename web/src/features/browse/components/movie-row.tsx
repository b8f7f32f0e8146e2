import { startTransition, useLayoutEffect, useRef, useState } from "react";
import { MovieCard } from "../../../components/movies/movie-card";
import { useFocusAfterRemoval } from "../../../hooks/use-focus-after-removal";
import { useOnVisible } from "../../../hooks/use-on-visible";
import type { MovieSummary } from "../../../lib/api-types";
import { scrollBehavior } from "../../../lib/motion";
import { useRovingFocus } from "../hooks/use-roving-focus";
import { useScrollEnds } from "../hooks/use-scroll-ends";
import { ROW_CARD_SIZES, ROW_CARD_WIDTH } from "../lib/row-card-width";
import styles from "./browse.module.css";

interface MovieRowProps {
  id: string;
  title: string;
  movies: readonly MovieSummary[];
  /**
   * Whether the cards are drawn yet. Rows draw theirs when they come within a
   * few rows of the viewport (see `useProgressiveRows`): ten rows of twenty
   * cards are most of the home page's rendering time on a phone, and most
   * people never scroll that far. Until then the row holds its place.
   */
  drawn?: boolean;
  /** Called when the row comes near the viewport while not drawn. */
  onNear?: () => void;
  /**
   * What the row says when it has no films (My List, emptied while the page
   * is open), in a box of the drawn row's height, so nothing below it moves.
   */
  empty?: string | undefined;
}

/** Far enough ahead that Tab, moving a row at a time, always lands on drawn cards. */
const DRAW_AHEAD = "900px 0px";
const PLACEHOLDERS = Array.from({ length: 8 }, (_, n) => `placeholder-${n}`);
/** The narrowest card plus the narrowest gap (CSS `gap: clamp(8px, …)`). */
const NARROWEST_CARD_PX = ROW_CARD_WIDTH.minPx + 8;

/**
 * Cards a row draws before anyone scrolls it: a screen's width and a peek
 * beyond. The rest arrive on the first scroll, hover, focus or arrow click,
 * which halves the home page's first render and its poster downloads.
 */
function firstCardCount(): number {
  const width = typeof window === "undefined" ? 1920 : window.innerWidth;
  return Math.ceil(width / NARROWEST_CARD_PX) + 1;
}

function Arrow({ direction }: { direction: "left" | "right" }) {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={direction === "left" ? "M15 5l-7 7 7 7" : "M9 5l7 7-7 7"}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * A titled, horizontally scrolling strip of cards: native touch scrolling
 * with snapping, arrow buttons for mouse users, arrow keys for keyboards.
 * The strip shows a peek of the next card so people see it scrolls.
 */
export function MovieRow({ id, title, movies, drawn = true, onNear, empty }: MovieRowProps) {
  const section = useRef<HTMLElement>(null);
  const track = useRef<HTMLUListElement>(null);
  const strip = useRef<HTMLDivElement>(null);
  const emptyNote = useRef<HTMLParagraphElement>(null);
  const stripHeight = useRef(0);
  useOnVisible(section, () => onNear?.(), { enabled: !drawn, rootMargin: DRAW_AHEAD });
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? movies : movies.slice(0, firstCardCount());
  const expand = () => {
    if (!expanded) startTransition(() => setExpanded(true));
  };
  const roving = useRovingFocus(shown.length);
  // A film removed from the row (My List) hands its focus to its neighbour.
  useFocusAfterRemoval(shown, track, emptyNote);
  // A row that can empty keeps the height its cards had, so the rows below stay put.
  useLayoutEffect(() => {
    if (empty === undefined) return;
    if (strip.current) stripHeight.current = strip.current.getBoundingClientRect().height;
    const box = emptyNote.current?.parentElement;
    if (box && stripHeight.current > 0) box.style.minHeight = `${stripHeight.current}px`;
  });
  const ends = useScrollEnds(track);
  const headingId = `row-${id}`;

  const scrollBy = (direction: 1 | -1) => {
    expand();
    const element = track.current;
    if (!element) return;
    element.scrollBy({ left: direction * element.clientWidth * 0.85, behavior: scrollBehavior() });
  };

  return (
    <section ref={section} className={styles.row} aria-labelledby={headingId} data-row={id}>
      <h2 id={headingId} className={styles.rowTitle}>
        {title}
      </h2>
      {movies.length === 0 && empty !== undefined ? (
        <div className={styles.emptyRow}>
          <p ref={emptyNote} className={styles.emptyNote} tabIndex={-1}>
            {empty}
          </p>
        </div>
      ) : drawn ? (
        <div ref={strip} className={styles.strip} onPointerEnter={expand}>
          {/* Mouse-only helpers: keyboards use the arrow keys, touch screens swipe. */}
          {/* Each shows only while there is more of the row that way. */}
          {!ends.atStart && (
            <button
              type="button"
              className={`${styles.scroll} ${styles.scrollLeft}`}
              onClick={() => scrollBy(-1)}
              tabIndex={-1}
              aria-label={`Scroll ${title} left`}
            >
              <Arrow direction="left" />
            </button>
          )}
          <ul
            ref={track}
            className={styles.track}
            aria-labelledby={headingId}
            onKeyDown={roving.onKeyDown}
            onFocus={(event) => {
              // Synchronous, so End and the arrow keys find every card at once.
              setExpanded(true);
              roving.onFocus(event);
            }}
            onScroll={() => {
              expand();
              ends.measure();
            }}
          >
            {shown.map((movie, index) => (
              <MovieCard
                key={movie.id}
                movie={movie}
                sizes={ROW_CARD_SIZES}
                tabIndex={index === roving.active ? 0 : -1}
              />
            ))}
          </ul>
          {!ends.atEnd && (
            <button
              type="button"
              className={`${styles.scroll} ${styles.scrollRight}`}
              onClick={() => scrollBy(1)}
              tabIndex={-1}
              aria-label={`Scroll ${title} right`}
            >
              <Arrow direction="right" />
            </button>
          )}
        </div>
      ) : (
        <div className={styles.skeletonRow} aria-hidden="true">
          {PLACEHOLDERS.map((key) => (
            <div key={key} className={styles.skeletonCard} />
          ))}
        </div>
      )}
    </section>
  );
}
