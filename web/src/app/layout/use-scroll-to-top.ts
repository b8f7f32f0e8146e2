import { useEffect } from "react";
import { useLocation, useNavigationType } from "react-router";

/**
 * A new page starts at its top; back and forward leave the position to the
 * browser, which restores it. Opening a details dialog changes no page
 * (the layout keeps its background location), so nothing scrolls under it.
 */
export function useScrollToTopOnNavigate(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pathname is the trigger, not an input
  useEffect(() => {
    if (navigationType !== "POP") window.scrollTo(0, 0);
  }, [pathname, navigationType]);
}
