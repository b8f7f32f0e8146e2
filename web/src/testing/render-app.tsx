import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  type Location,
  MemoryRouter,
  type NavigateFunction,
  type NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
} from "react-router";
import { AppProvider } from "../app/provider";
import { AppRoutes } from "../app/routes";
import { createQueryClient } from "../lib/query-client";

/** What tests read of the router: the current location, how it was reached, and navigate. */
interface RouterHandle {
  navigate: NavigateFunction;
  state: { location: Location; historyAction: NavigationType };
}

function RouterProbe({ handle }: { handle: RouterHandle }) {
  handle.navigate = useNavigate();
  handle.state = { location: useLocation(), historyAction: useNavigationType() };
  return null;
}

/**
 * Renders the whole app (real routes, real query defaults) at `path`. Only
 * the retry delay is zero so the one retry of a 500, 502 or network failure is instant.
 */
export function renderApp(path = "/") {
  const router = {} as RouterHandle;
  const queryClient = createQueryClient({ queries: { retryDelay: 0 } });
  // No pause between keystrokes: debounce assertions must not depend on machine speed.
  const user = userEvent.setup({ delay: null });
  const view = render(
    <AppProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <RouterProbe handle={router} />
        <AppRoutes />
      </MemoryRouter>
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
