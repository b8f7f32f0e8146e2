import type { ReactNode } from "react";
import { Rating } from "../../../components/movies/rating";
import type { MovieDetails } from "../../../lib/api-types";
import { formatRuntime, formatVotes } from "../../../lib/format";
import styles from "./movie.module.css";

/** "1999 · 2h 16m · R · ★ 8.7 (24,000 votes)", skipping what is unknown. */
export function MovieMeta({ movie }: { movie: MovieDetails }) {
  const runtime = formatRuntime(movie.runtime);
  const items: Array<[string, ReactNode]> = [];
  if (movie.year !== null) items.push(["year", movie.year]);
  if (runtime) items.push(["runtime", runtime]);
  if (movie.certification) {
    items.push([
      "cert",
      <span className={styles.cert} key="cert">
        <span className="sr-only">Rated </span>
        {movie.certification}
      </span>,
    ]);
  }
  if (movie.rating !== null) {
    items.push([
      "rating",
      <span key="rating">
        <Rating value={movie.rating} />{" "}
        <span className={styles.votes}>({formatVotes(movie.voteCount)})</span>
      </span>,
    ]);
  }
  if (items.length === 0) return null;
  return (
    <p className={styles.meta} data-testid="movie-meta">
      {/* Each "·" ends the item before it, so a wrapped line never starts with one. */}
      {items.map(([key, node], index) => (
        <span key={key} className={styles.metaItem}>
          {node}
          {index < items.length - 1 && (
            <span className={styles.sep} aria-hidden="true">
              ·
            </span>
          )}
        </span>
      ))}
    </p>
  );
}
