import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { lazyRouteAt } from "./app/routes";
import "./styles/global.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

/**
 * As a transition, React renders the first screen in slices of a few
 * milliseconds instead of one long task, so a phone's main thread stays free
 * to answer a tap while the app starts. The boot wordmark shows until then.
 */
function start(element: HTMLElement) {
  startTransition(() => {
    createRoot(element).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// A link straight to an on-demand page (details, search...) waits for that
// page's code before the first render, so the page comes in one pass instead
// of a spinner and then React's reveal delay. A failed fetch is left to the
// route's own error boundary, which tries again and says so. A promise, not a
// top-level await: the page chunks import this one, and awaiting them here
// would make the bundler split it apart to avoid the cycle.
const route = lazyRouteAt(location.pathname);
if (route) {
  void route
    .preload()
    .catch(() => undefined)
    .then(() => start(root));
} else {
  start(root);
}
