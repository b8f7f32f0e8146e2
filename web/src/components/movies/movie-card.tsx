import { Link } from "react-router";
import { paths } from "../../config/paths";
import type { MovieSummary } from "../../lib/api-types";
import { rememberOpener, useMovieLinkState } from "../../lib/movie-dialog";
import { PosterImage } from "../ui/image/poster-image";
import styles from "./movies.module.css";
import { MyListToggle } from "./my-list-button";
import { Rating } from "./rating";

/** Cards in a search grid: about 2 columns on a phone, 7 on a wide screen. */
const GRID_CARD_SIZES = "(max-width: 599px) 46vw, (max-width: 1279px) 22vw, 15vw";

interface MovieCardProps {
  movie: MovieSummary;
  /** The poster's displayed width per viewport, for choosing from its srcset. */
  sizes?: string | undefined;
  /** Rows keep one card in the tab order and move between cards with arrow keys. */
  tabIndex?: number | undefined;
}

/**
 * A poster card. The link is named by the title alone; year and rating follow
 * it. It opens the details as a dialog over the current page.
 */
export function MovieCard({ movie, sizes = GRID_CARD_SIZES, tabIndex }: MovieCardProps) {
  const state = useMovieLinkState();
  return (
    <li className={styles.card}>
      <Link
        to={paths.movie(movie.id)}
        state={state}
        className={styles.link}
        tabIndex={tabIndex}
        data-card-link={movie.title}
        onClick={(event) => {
          if (state.depth === 1) rememberOpener(event.currentTarget);
        }}
      >
        <PosterImage
          src={movie.posterUrl}
          srcSet={movie.posterSrcSet}
          sizes={sizes}
          title={movie.title}
          caption={movie.year?.toString()}
          className={styles.poster}
        />
        <span className={styles.title}>{movie.title}</span>
      </Link>
      <p className={styles.meta}>
        {movie.year !== null && <span>{movie.year}</span>}
        <Rating value={movie.rating} />
      </p>
      <MyListToggle movie={movie} tabIndex={tabIndex} />
    </li>
  );
}
