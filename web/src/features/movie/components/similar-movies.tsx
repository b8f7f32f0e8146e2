import { useRef, useState } from "react";
import { MovieGrid } from "../../../components/movies/movie-grid";
import { MovieGridSkeleton } from "../../../components/movies/movie-grid-skeleton";
import { useOnVisible } from "../../../hooks/use-on-visible";
import type { MovieSummary } from "../../../lib/api-types";

/** Far enough ahead that someone scrolling, or tabbing, meets drawn cards. */
const DRAW_AHEAD = "400px 0px";

/**
 * "More like this", drawn once it comes near the viewport. It sits below the
 * fold of the details, and a dozen cards with their posters were the largest
 * part of the details page's main-thread work on a phone. Until then a
 * skeleton of the same size holds its place, so nothing moves when it draws.
 */
export function SimilarMovies({
  movies,
  sizes,
}: {
  movies: readonly MovieSummary[];
  sizes?: string | undefined;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver nothing would ever say "near": draw at once.
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useOnVisible(ref, () => setNear(true), { enabled: !near, rootMargin: DRAW_AHEAD });
  return (
    <div ref={ref}>
      {near ? (
        <MovieGrid movies={movies} label="More like this" sizes={sizes} />
      ) : (
        <MovieGridSkeleton count={movies.length} />
      )}
    </div>
  );
}
