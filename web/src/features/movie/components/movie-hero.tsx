import { useState } from "react";
import { MyListButton } from "../../../components/movies/my-list-button";
import { PosterImage } from "../../../components/ui/image/poster-image";
import type { MovieDetails } from "../../../lib/api-types";
import { BackButton } from "./back-button";
import { GenreChips } from "./genre-chips";
import styles from "./movie.module.css";
import { MovieMeta } from "./movie-meta";
import type { MovieViewVariant } from "./movie-view";
import { playsHere, TrailerActions, TrailerPlayer } from "./trailer-player";

interface MovieHeroProps {
  movie: MovieDetails;
  variant: MovieViewVariant;
  playTrailer: boolean;
  /** The h1's id, which names the dialog around the view. */
  titleId: string;
}

/** The top of the details: backdrop, poster, the title as the h1, trailer and My List. */
export function MovieHero({ movie, variant, playTrailer, titleId }: MovieHeroProps) {
  const [playing, setPlaying] = useState(playTrailer);
  return (
    <header className={`${styles.hero} ${variant === "dialog" ? styles.dialogHero : ""}`}>
      <PosterImage
        src={movie.backdropUrl}
        srcSet={movie.backdropSrcSet}
        sizes={variant === "dialog" ? "min(58rem, 100vw)" : "100vw"}
        title={movie.title}
        variant="fill"
        priority
        className={styles.backdrop}
      />
      <div className={styles.scrim} aria-hidden="true" />
      {variant === "page" && <BackButton className={styles.back} />}
      <div className={styles.heroInner}>
        <PosterImage
          src={movie.posterUrl}
          srcSet={movie.posterSrcSet}
          sizes="(max-width: 599px) 8rem, 15rem"
          title={movie.title}
          caption={movie.year?.toString()}
          alt={`${movie.title} poster`}
          priority
          className={styles.poster}
        />
        <div className={styles.info}>
          <h1 id={titleId} className={styles.title}>
            {movie.title}
          </h1>
          <MovieMeta movie={movie} />
          <GenreChips genres={movie.genres} />
          {movie.tagline && <p className={styles.tagline}>{movie.tagline}</p>}
          {movie.overview && <p className={styles.overview}>{movie.overview}</p>}
          <TrailerActions
            trailer={movie.trailer}
            playing={playing}
            onToggle={() => setPlaying((on) => !on)}
          >
            <MyListButton movie={movie} />
          </TrailerActions>
        </div>
        {/* Under the poster and the text, across both: beside the poster it would push it down. */}
        {playing && movie.trailer && playsHere(movie.trailer) && (
          <TrailerPlayer trailer={movie.trailer} title={movie.title} />
        )}
      </div>
    </header>
  );
}
