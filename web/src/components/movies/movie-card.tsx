import { Link } from "react-router";
import { paths } from "../../config/paths";
import type { MovieSummary } from "../../lib/api-types";
import { PosterImage } from "../ui/image/poster-image";
import styles from "./movies.module.css";
import { Rating } from "./rating";

/** A poster card. The link is named by the title alone; year and rating follow it. */
export function MovieCard({ movie }: { movie: MovieSummary }) {
  return (
    <li className={styles.card}>
      <Link to={paths.movie(movie.id)} className={styles.link}>
        <PosterImage
          src={movie.posterUrl}
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
    </li>
  );
}
