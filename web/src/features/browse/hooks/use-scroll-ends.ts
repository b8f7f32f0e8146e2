import { type RefObject, useCallback, useLayoutEffect, useState } from "react";

interface ScrollEnds {
  atStart: boolean;
  atEnd: boolean;
}

/** Within a pixel counts as there: scroll positions are fractional. */
const SLACK = 1;

/**
 * Whether a horizontal scroller is at its start or its end, so the row's
 * arrow buttons show only where there is somewhere to go. `measure` is for
 * the scroller's `onScroll`; the width is measured again on every render
 * (more cards drawn) and when the window resizes.
 */
export function useScrollEnds(ref: RefObject<HTMLElement | null>) {
  const [ends, setEnds] = useState<ScrollEnds>({ atStart: true, atEnd: true });
  const measure = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const atStart = element.scrollLeft <= SLACK;
    const atEnd = element.scrollLeft + element.clientWidth >= element.scrollWidth - SLACK;
    setEnds((old) => (old.atStart === atStart && old.atEnd === atEnd ? old : { atStart, atEnd }));
  }, [ref]);

  useLayoutEffect(measure);
  useLayoutEffect(() => {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure]);
  return { ...ends, measure };
}
