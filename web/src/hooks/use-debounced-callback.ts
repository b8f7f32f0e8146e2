import { useCallback, useEffect, useRef } from "react";

/**
 * Returns a function that calls `fn` once calls stop for `delay` ms, plus
 * `flush` (call now) and `cancel`. The latest `fn` is always the one called.
 */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, delay: number) {
  const latest = useRef(fn);
  latest.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancel = useCallback(() => clearTimeout(timer.current), []);
  const debounced = useCallback(
    (...args: A) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delay);
    },
    [delay],
  );
  const flush = useCallback((...args: A) => {
    clearTimeout(timer.current);
    latest.current(...args);
  }, []);

  useEffect(() => cancel, [cancel]);
  return { debounced, flush, cancel };
}
