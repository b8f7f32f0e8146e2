import { MovieGrid } from "../../../components/movies/movie-grid";
import type { MovieDetails } from "../../../lib/api-types";
import { CastList } from "./cast-list";
import styles from "./movie.module.css";
import { MovieFacts } from "./movie-facts";
import { MovieHero } from "./movie-hero";

export function MovieView({ movie }: { movie: MovieDetails }) {
  return (
    <article>
      <MovieHero movie={movie} />
      <div className={styles.body}>
        <section aria-labelledby="details-title">
          <h2 id="details-title" className={styles.sectionTitle}>
            Details
          </h2>
          <MovieFacts movie={movie} />
        </section>
        <section aria-labelledby="cast-title">
          <h2 id="cast-title" className={styles.sectionTitle}>
            Cast
          </h2>
          <CastList cast={movie.cast} source={movie.source} />
        </section>
        {movie.similar.length > 0 && (
          <section aria-labelledby="similar-title">
            <h2 id="similar-title" className={styles.sectionTitle}>
              More like this
            </h2>
            <MovieGrid movies={movie.similar} label="More like this" />
          </section>
        )}
      </div>
    </article>
  );
}
