import { lazy, Suspense } from "react";
import { matchPath } from "react-router";
import { isMovieDialogState, useDialogLocation } from "../../lib/movie-dialog";

/** The dialog's code (and the details view) load only when a dialog first opens. */
const MovieDialog = lazy(() => import("../../features/movie/components/movie-dialog"));

/** Draws the details dialog for the real location when one is open over this page. */
export function MovieDialogHost() {
  const location = useDialogLocation();
  if (!location || !isMovieDialogState(location.state)) return null;
  const raw = matchPath("/movie/:id", location.pathname)?.params.id ?? "";
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id <= 0) return null;
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
