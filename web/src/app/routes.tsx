import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RootLayout } from "./layout/root-layout";
import { HomeRoute } from "./routes/home";
import { NotFoundRoute } from "./routes/not-found";
import { RouteError } from "./routes/route-error";
import { SearchRoute } from "./routes/search";

/** The details page is the heaviest view and not needed to search: its own chunk. */
const MovieRoute = lazy(() => import("./routes/movie"));

/** Shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: "search", element: <SearchRoute /> },
      { path: "movie/:id", element: <MovieRoute /> },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
];
