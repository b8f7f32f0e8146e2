import type { Ref } from "react";
import type { MovieSummary } from "../../lib/api-types";
import { MovieCard } from "./movie-card";
import styles from "./movies.module.css";

interface MovieGridProps {
  movies: readonly MovieSummary[];
  /** Names the list for assistive tech, e.g. "Search results". */
  label: string;
  className?: string;
  sizes?: string | undefined;
  ref?: Ref<HTMLUListElement>;
}

export function MovieGrid({ movies, label, className, sizes, ref }: MovieGridProps) {
  return (
    <ul ref={ref} className={[styles.grid, className].filter(Boolean).join(" ")} aria-label={label}>
      {movies.map((movie) => (
        <MovieCard key={movie.id} movie={movie} sizes={sizes} />
      ))}
    </ul>
  );
}
