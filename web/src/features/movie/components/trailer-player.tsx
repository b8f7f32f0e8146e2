import { type ReactNode, useState } from "react";
import { Button, buttonClass } from "../../../components/ui/button/button";
import type { Trailer } from "../../../lib/api-types";
import styles from "./movie.module.css";

function PlayIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M7 4.5v15l13-7.5z" fill="currentColor" />
    </svg>
  );
}

interface TrailerPlayerProps {
  trailer: Trailer | null;
  title: string;
  /** Start playing at once: the person already asked (the billboard's "Play trailer"). */
  autoPlay?: boolean;
  /** More actions beside the trailer button (My List). */
  children?: ReactNode;
}

/**
 * The trailer loads only when asked: no YouTube request (or cookie) until the
 * click, and then from the privacy-enhanced domain.
 */
export function TrailerPlayer({ trailer, title, autoPlay = false, children }: TrailerPlayerProps) {
  const [playing, setPlaying] = useState(autoPlay);
  const youtube = trailer?.site.toLowerCase() === "youtube";

  return (
    <>
      <div className={styles.actions}>
        {trailer && youtube && (
          <Button variant="light" onClick={() => setPlaying((p) => !p)}>
            {!playing && <PlayIcon />}
            {playing ? "Close trailer" : "Play trailer"}
          </Button>
        )}
        {trailer && !youtube && (
          <a className={buttonClass("light")} href={trailer.url} target="_blank" rel="noreferrer">
            <PlayIcon />
            Watch trailer on {trailer.site}
          </a>
        )}
        {children}
      </div>
      {!trailer && <p className={styles.muted}>No trailer available</p>}
      {trailer && youtube && playing && (
        <div className={styles.player}>
          <iframe
            src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(trailer.key)}?autoplay=1&rel=0`}
            title={`${title} trailer`}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
      )}
    </>
  );
}
