import { lazy, Suspense } from "react";
import { matchPath } from "react-router";
import { paths } from "../../config/paths";
import { isMovieDialogState, useDialogLocation } from "../../lib/movie-dialog";
import { parseMovieId } from "../../lib/movie-id";

/** The dialog's code (and the details view) load only when a dialog first opens. */
const MovieDialog = lazy(() => import("../../features/movie/components/movie-dialog"));

/** Draws the details dialog for the real location when one is open over this page. */
export function MovieDialogHost() {
  const location = useDialogLocation();
  if (!location || !isMovieDialogState(location.state)) return null;
  const id = parseMovieId(matchPath(paths.movie(":id"), location.pathname)?.params.id);
  if (id === null) return null;
  return (
    <Suspense fallback={null}>
      <MovieDialog
        id={id}
        depth={location.state.depth}
        playTrailer={location.state.playTrailer === true}
      />
    </Suspense>
  );
}
