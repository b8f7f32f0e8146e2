import { useRef } from "react";
import { type Location, matchPath, Route, Routes, useLocation } from "react-router";
import { paths } from "../config/paths";
import { DialogLocationContext, isMovieDialogState } from "../lib/movie-dialog";
import { RootLayout } from "./layout/root-layout";
import { useScrollToTopOnNavigate } from "./layout/use-scroll-to-top";
import { type LazyRoute, lazyRoute } from "./lazy-route";
import { HomeRoute } from "./routes/home";
import { NotFoundRoute } from "./routes/not-found";

/** Everything but the home page loads on demand, so the first visit stays small. */
const SearchRoute = lazyRoute(() => import("./routes/search"));
const MovieRoute = lazyRoute(() => import("./routes/movie"));
const MyListRoute = lazyRoute(() => import("./routes/my-list"));
const AboutRoute = lazyRoute(() => import("./routes/about"));

const LAZY_ROUTES: Array<[path: string, route: LazyRoute]> = [
  [paths.search(), SearchRoute],
  [paths.movie(":id"), MovieRoute],
  [paths.myList, MyListRoute],
  [paths.about, AboutRoute],
];

/** The on-demand page `pathname` opens, if any: main.tsx fetches it before the first render. */
export function lazyRouteAt(pathname: string): LazyRoute | undefined {
  return LAZY_ROUTES.find(([path]) => matchPath(path, pathname))?.[1];
}

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
  useScrollToTopOnNavigate((background ?? location).pathname);
  return (
    <DialogLocationContext.Provider value={background ? location : null}>
      <Routes location={background ?? location}>
        <Route element={<RootLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.search()} element={<SearchRoute />} />
          <Route path={paths.movie(":id")} element={<MovieRoute />} />
          <Route path={paths.myList} element={<MyListRoute />} />
          <Route path={paths.about} element={<AboutRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </DialogLocationContext.Provider>
  );
}
