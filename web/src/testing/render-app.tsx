import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { AppProvider } from "../app/provider";
import { routes } from "../app/routes";
import { createQueryClient } from "../lib/query-client";

/**
 * Renders the whole app (real routes, real query defaults) at `path`. Only
 * the retry delay is zero so the one retry of a 5xx doesn't slow tests down.
 */
export function renderApp(path = "/") {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient({ queries: { retryDelay: 0 } });
  // No pause between keystrokes: debounce assertions must not depend on machine speed.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <AppProvider client={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return {
    ...view,
    user,
    router,
    queryClient,
    /** The current in-app URL, e.g. "/search?q=matrix". */
    currentUrl: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
