import { PosterImage } from "../../../components/ui/image/poster-image";
import type { MovieDetails } from "../../../lib/api-types";
import { BackButton } from "./back-button";
import { GenreChips } from "./genre-chips";
import styles from "./movie.module.css";
import { MovieMeta } from "./movie-meta";
import { TrailerPlayer } from "./trailer-player";

/** The top of the details page: backdrop, poster, the title as the page's h1, and the trailer. */
export function MovieHero({ movie }: { movie: MovieDetails }) {
  return (
    <header className={styles.hero}>
      <PosterImage
        src={movie.backdropUrl}
        title={movie.title}
        variant="fill"
        priority
        className={styles.backdrop}
      />
      <div className={styles.scrim} aria-hidden="true" />
      <BackButton className={styles.back} />
      <div className={styles.heroInner}>
        <PosterImage
          src={movie.posterUrl}
          title={movie.title}
          caption={movie.year?.toString()}
          alt={`${movie.title} poster`}
          priority
          className={styles.poster}
        />
        <div className={styles.info}>
          <h1 className={styles.title}>{movie.title}</h1>
          <MovieMeta movie={movie} />
          <GenreChips genres={movie.genres} />
          {movie.tagline && <p className={styles.tagline}>{movie.tagline}</p>}
          {movie.overview && <p className={styles.overview}>{movie.overview}</p>}
          <TrailerPlayer trailer={movie.trailer} title={movie.title} />
        </div>
      </div>
    </header>
  );
}
