import { type ReactNode, useEffect, useRef } from "react";
import { Button, buttonClass } from "../../../components/ui/button/button";
import type { Trailer } from "../../../lib/api-types";
import { scrollBehavior } from "../../../lib/motion";
import styles from "./movie.module.css";

function PlayIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M7 4.5v15l13-7.5z" fill="currentColor" />
    </svg>
  );
}

/** Only YouTube trailers play here; others open on their own site. */
export function playsHere(trailer: Trailer): boolean {
  return trailer.site.toLowerCase() === "youtube";
}

interface TrailerActionsProps {
  trailer: Trailer | null;
  playing: boolean;
  onToggle: () => void;
  /** More actions beside the trailer button (My List). */
  children?: ReactNode;
}

/** "Play trailer" / "Close trailer" (or a link to the trailer's site), then the other actions. */
export function TrailerActions({ trailer, playing, onToggle, children }: TrailerActionsProps) {
  return (
    <>
      <div className={styles.actions}>
        {trailer && playsHere(trailer) && (
          <Button variant="light" onClick={onToggle}>
            {!playing && <PlayIcon />}
            {playing ? "Close trailer" : "Play trailer"}
          </Button>
        )}
        {trailer && !playsHere(trailer) && (
          <a className={buttonClass("light")} href={trailer.url} target="_blank" rel="noreferrer">
            <PlayIcon />
            Watch trailer on {trailer.site}
          </a>
        )}
        {children}
      </div>
      {!trailer && <p className={styles.muted}>No trailer available</p>}
    </>
  );
}

/**
 * The trailer, loaded only once asked for: no YouTube request (or cookie)
 * until then, and then from the privacy-enhanced domain. It scrolls itself
 * whole into view, since it starts playing at once and often opens below the
 * fold (the billboard's "Play trailer" opens the details straight into it).
 */
export function TrailerPlayer({ trailer, title }: { trailer: Trailer; title: string }) {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the frame's first layout, and after a dialog opened in this same
    // commit has been shown (a parent's effect): before that it has no box.
    const id = requestAnimationFrame(() =>
      frame.current?.scrollIntoView({ block: "nearest", behavior: scrollBehavior() }),
    );
    return () => cancelAnimationFrame(id);
  }, []);

  return (
    <div ref={frame} className={styles.player}>
      <iframe
        src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(trailer.key)}?autoplay=1&rel=0`}
        title={`${title} trailer`}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </div>
  );
}
