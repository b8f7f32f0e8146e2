import { lazy, useRef } from "react";
import { type Location, Route, Routes, useLocation } from "react-router";
import { DialogLocationContext, isMovieDialogState } from "../lib/movie-dialog";
import { RootLayout } from "./layout/root-layout";
import { HomeRoute } from "./routes/home";
import { NotFoundRoute } from "./routes/not-found";

/** Everything but the home page loads on demand, so the first visit stays small. */
const SearchRoute = lazy(() => import("./routes/search"));
const MovieRoute = lazy(() => import("./routes/movie"));
const MyListRoute = lazy(() => import("./routes/my-list"));
const AboutRoute = lazy(() => import("./routes/about"));

/**
 * While a details dialog is open, the routes render the page it was opened
 * from (`background`) and the layout draws the dialog for the real location.
 * The session's first entry never opens as a dialog: a reload or a shared
 * link shows the full details page.
 */
function useBackgroundLocation(location: Location): Location | null {
  const firstKey = useRef(location.key);
  const { state } = location;
  if (location.key === firstKey.current || !isMovieDialogState(state)) return null;
  return state.background;
}

export function AppRoutes() {
  const location = useLocation();
  const background = useBackgroundLocation(location);
  return (
    <DialogLocationContext.Provider value={background ? location : null}>
      <Routes location={background ?? location}>
        <Route element={<RootLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="search" element={<SearchRoute />} />
          <Route path="movie/:id" element={<MovieRoute />} />
          <Route path="my-list" element={<MyListRoute />} />
          <Route path="about" element={<AboutRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </DialogLocationContext.Provider>
  );
}
