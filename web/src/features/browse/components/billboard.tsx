import type { MouseEvent } from "react";
import { Link } from "react-router";
import { MyListButton } from "../../../components/movies/my-list-button";
import { buttonClass } from "../../../components/ui/button/button";
import { PosterImage } from "../../../components/ui/image/poster-image";
import { paths } from "../../../config/paths";
import type { MovieDetails } from "../../../lib/api-types";
import { formatRating, formatRuntime } from "../../../lib/format";
import { rememberOpener, useMovieLinkState } from "../../../lib/movie-dialog";
import styles from "./billboard.module.css";

function InfoIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 11v6M12 7.5v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M7 4.5v15l13-7.5z" fill="currentColor" />
    </svg>
  );
}

/** "1999 · 2h 16m · R · ★ 8.7", skipping what is unknown. */
function metaLine(movie: MovieDetails): string[] {
  const rating = formatRating(movie.rating);
  return [
    movie.year?.toString(),
    formatRuntime(movie.runtime),
    movie.certification,
    rating && `★ ${rating}`,
  ].filter((part): part is string => Boolean(part));
}

/**
 * The featured film, full-bleed under the see-through header: backdrop with a
 * scrim from the left and bottom, title, a quiet meta line, a few lines of
 * overview, then "Play trailer" (when there is one) and "More info".
 */
export function Billboard({ movie }: { movie: MovieDetails }) {
  const state = useMovieLinkState();
  const remember = (event: MouseEvent<HTMLElement>) => rememberOpener(event.currentTarget);
  const youtubeTrailer = movie.trailer?.site.toLowerCase() === "youtube";

  return (
    <section className={styles.billboard} aria-labelledby="billboard-title">
      <PosterImage
        src={movie.backdropUrl}
        srcSet={movie.backdropSrcSet}
        sizes="100vw"
        title={movie.title}
        variant="fill"
        priority
        className={styles.backdrop}
      />
      <div className={styles.scrim} aria-hidden="true" />
      <div className={styles.content}>
        <p className={styles.kicker}>Featured</p>
        <h2 id="billboard-title" className={styles.title}>
          {movie.title}
        </h2>
        <p className={styles.meta}>
          {metaLine(movie).map((part, index) => (
            <span key={part}>
              {index > 0 && <span aria-hidden="true"> · </span>}
              {part.startsWith("★") ? (
                <>
                  <span aria-hidden="true">{part}</span>
                  <span className="sr-only">Rated {part.slice(2)} out of 10</span>
                </>
              ) : (
                part
              )}
            </span>
          ))}
        </p>
        {movie.overview && <p className={styles.overview}>{movie.overview}</p>}
        <div className={styles.actions}>
          {youtubeTrailer && (
            <Link
              to={paths.movie(movie.id)}
              state={{ ...state, playTrailer: true }}
              className={buttonClass("light")}
              onClick={remember}
            >
              <PlayIcon />
              Play trailer
            </Link>
          )}
          <Link
            to={paths.movie(movie.id)}
            state={state}
            className={buttonClass("secondary")}
            onClick={remember}
          >
            <InfoIcon />
            More info<span className="sr-only"> about {movie.title}</span>
          </Link>
          <MyListButton movie={movie} />
        </div>
      </div>
    </section>
  );
}
