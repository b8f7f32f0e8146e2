import { useEffect, useRef } from "react";
import { useNavigationType } from "react-router";

/**
 * A new page starts at its top; back and forward leave the position to the
 * browser, which restores it. Opening a details dialog changes no page
 * (`pathname` is the page's: the background location under a dialog), so
 * nothing scrolls under it.
 *
 * Called outside `<Routes location>`: inside it, React Router reports every
 * navigation as a POP, so nothing would ever scroll.
 */
export function useScrollToTopOnNavigate(pathname: string): void {
  const navigationType = useNavigationType();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (navigationType !== "POP") window.scrollTo(0, 0);
  }, [pathname, navigationType]);
}
