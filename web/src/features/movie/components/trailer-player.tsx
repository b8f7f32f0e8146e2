import { useState } from "react";
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

/**
 * The trailer loads only when asked: no YouTube request (or cookie) until the
 * click, and then from the privacy-enhanced domain.
 */
export function TrailerPlayer({ trailer, title }: { trailer: Trailer | null; title: string }) {
  const [playing, setPlaying] = useState(false);

  if (!trailer) return <p className={styles.muted}>No trailer available</p>;
  if (trailer.site.toLowerCase() !== "youtube") {
    return (
      <a className={buttonClass("light")} href={trailer.url} target="_blank" rel="noreferrer">
        <PlayIcon />
        Watch trailer on {trailer.site}
      </a>
    );
  }
  const src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(trailer.key)}?autoplay=1&rel=0`;
  return (
    <>
      <div className={styles.actions}>
        <Button variant="light" onClick={() => setPlaying((p) => !p)}>
          {!playing && <PlayIcon />}
          {playing ? "Close trailer" : "Play trailer"}
        </Button>
      </div>
      {playing && (
        <div className={styles.player}>
          <iframe
            src={src}
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
