import { useId } from "react";
import { pageTitle } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { ApiError } from "../../../lib/api-error";
import { useMovie } from "../api/get-movie";
import { MovieDetailsSkeleton } from "./movie-details-skeleton";
import { MovieLoadError } from "./movie-load-error";
import { MovieNotFound } from "./movie-not-found";
import { MovieView, type MovieViewVariant } from "./movie-view";

interface MovieDetailsProps {
  id: number;
  /** A full page (`/movie/:id` opened directly) or a dialog over another page. */
  variant?: MovieViewVariant;
  playTrailer?: boolean;
  /**
   * The id each state gives its heading (the film's title, "not found", the error), so the
   * dialog around it can name itself with `aria-labelledby`. Unique per dialog: a dialog
   * opened from a full details page must not point at that page's heading.
   */
  titleId?: string;
}

/** Fetches one film and shows it, a "not found" message, or a retryable error. */
export function MovieDetails({
  id,
  variant = "page",
  playTrailer = false,
  titleId,
}: MovieDetailsProps) {
  const ownTitleId = useId();
  const headingId = titleId ?? ownTitleId;
  const movie = useMovie(id);
  const { data } = movie;
  useDocumentTitle(
    data
      ? pageTitle(data.year ? `${data.title} (${data.year})` : data.title)
      : movie.isPending
        ? pageTitle()
        : null,
  );

  if (movie.isPending) return <MovieDetailsSkeleton titleId={headingId} />;
  if (movie.isError) {
    const missing =
      movie.error instanceof ApiError && (movie.error.status === 404 || movie.error.status === 400);
    if (missing) return <MovieNotFound titleId={headingId} />;
    return (
      <MovieLoadError
        error={movie.error}
        onRetry={() => movie.refetch()}
        retrying={movie.isFetching}
        variant={variant}
        titleId={headingId}
      />
    );
  }
  return (
    <MovieView movie={movie.data} variant={variant} playTrailer={playTrailer} titleId={headingId} />
  );
}
