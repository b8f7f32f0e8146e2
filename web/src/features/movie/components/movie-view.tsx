import type { MovieDetails } from "../../../lib/api-types";
import { CastList } from "./cast-list";
import styles from "./movie.module.css";
import { MovieFacts } from "./movie-facts";
import { MovieHero } from "./movie-hero";
import { SimilarMovies } from "./similar-movies";
import { WatchProviders } from "./watch-providers";

export type MovieViewVariant = "page" | "dialog";

/** Grid cards in the dialog are narrower than on the page. */
const SIMILAR_SIZES = "(max-width: 599px) 46vw, (max-width: 999px) 30vw, 11rem";

interface MovieViewProps {
  movie: MovieDetails;
  variant: MovieViewVariant;
  playTrailer: boolean;
  /** The h1's id, which names the dialog around the view. */
  titleId: string;
}

export function MovieView({ movie, variant, playTrailer, titleId }: MovieViewProps) {
  return (
    <article className={variant === "dialog" ? styles.inDialog : undefined}>
      <MovieHero movie={movie} variant={variant} playTrailer={playTrailer} titleId={titleId} />
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
        <section aria-labelledby="watch-title">
          <h2 id="watch-title" className={styles.sectionTitle}>
            Where to watch
          </h2>
          <WatchProviders providers={movie.watchProviders ?? null} source={movie.source} />
        </section>
        {movie.similar.length > 0 && (
          <section aria-labelledby="similar-title">
            <h2 id="similar-title" className={styles.sectionTitle}>
              More like this
            </h2>
            <SimilarMovies
              movies={movie.similar}
              sizes={variant === "dialog" ? SIMILAR_SIZES : undefined}
            />
          </section>
        )}
      </div>
    </article>
  );
}
