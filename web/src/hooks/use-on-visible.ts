import { type RefObject, useEffect, useRef } from "react";

/**
 * Calls `onVisible` whenever the element comes within `rootMargin` of the
 * viewport, or of the dialog it sits in: a dialog scrolls on its own, and the
 * viewport's margin doesn't reach past a scroll container's edge. A no-op
 * where IntersectionObserver is missing; callers keep a fallback.
 */
export function useOnVisible<T extends Element>(
  ref: RefObject<T | null>,
  onVisible: () => void,
  { enabled = true, rootMargin = "600px 0px" } = {},
): void {
  const callback = useRef(onVisible);
  callback.current = onVisible;

  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { root: element.closest("dialog"), rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled, rootMargin]);
}
