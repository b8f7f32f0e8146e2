import { type RefObject, useEffect, useRef } from "react";

/**
 * Calls `onVisible` whenever the element comes within `rootMargin` of the
 * viewport. A no-op where IntersectionObserver is missing; callers keep a
 * button as the fallback.
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
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled, rootMargin]);
}
