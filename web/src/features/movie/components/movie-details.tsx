import { ErrorPanel } from "../../../components/ui/error-panel/error-panel";
import { pageTitle } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { ApiError } from "../../../lib/api-error";
import { useMovie } from "../api/get-movie";
import styles from "./movie.module.css";
import { MovieDetailsSkeleton } from "./movie-details-skeleton";
import { MovieNotFound } from "./movie-not-found";
import { MovieView, type MovieViewVariant } from "./movie-view";

interface MovieDetailsProps {
  id: number;
  /** A full page (`/movie/:id` opened directly) or a dialog over another page. */
  variant?: MovieViewVariant;
  playTrailer?: boolean;
}

/** Fetches one film and shows it, a "not found" message, or a retryable error. */
export function MovieDetails({ id, variant = "page", playTrailer = false }: MovieDetailsProps) {
  const movie = useMovie(id);
  const { data } = movie;
  useDocumentTitle(
    data
      ? pageTitle(data.year ? `${data.title} (${data.year})` : data.title)
      : movie.isPending
        ? pageTitle()
        : null,
  );

  if (movie.isPending) return <MovieDetailsSkeleton />;
  if (movie.isError) {
    const missing =
      movie.error instanceof ApiError && (movie.error.status === 404 || movie.error.status === 400);
    if (missing) return <MovieNotFound />;
    return (
      <div className={styles.body}>
        <ErrorPanel
          error={movie.error}
          onRetry={() => movie.refetch()}
          retrying={movie.isFetching}
        />
      </div>
    );
  }
  return <MovieView movie={movie.data} variant={variant} playTrailer={playTrailer} />;
}
