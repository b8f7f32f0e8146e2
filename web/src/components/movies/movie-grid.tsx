import type { MovieSummary } from "../../lib/api-types";
import { MovieCard } from "./movie-card";
import styles from "./movies.module.css";

interface MovieGridProps {
  movies: readonly MovieSummary[];
  /** Names the list for assistive tech, e.g. "Search results". */
  label: string;
  className?: string;
  sizes?: string | undefined;
}

export function MovieGrid({ movies, label, className, sizes }: MovieGridProps) {
  return (
    <ul className={[styles.grid, className].filter(Boolean).join(" ")} aria-label={label}>
      {movies.map((movie) => (
        <MovieCard key={movie.id} movie={movie} sizes={sizes} />
      ))}
    </ul>
  );
}
