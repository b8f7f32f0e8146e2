import { useEffect, useState } from "react";

/**
 * Whole seconds left of `seconds`, ticking down to 0 once a second; null when
 * there is nothing to count. Starts over when `seconds` or `restartKey` (e.g.
 * a new error with the same wait) changes.
 */
export function useCountdown(seconds: number | null, restartKey?: unknown): number | null {
  const [left, setLeft] = useState(seconds);
  const [started, setStarted] = useState({ seconds, restartKey });
  if (started.seconds !== seconds || started.restartKey !== restartKey) {
    setStarted({ seconds, restartKey });
    setLeft(seconds);
  }

  // Keyed on `started`, a new object at each restart, so the clock starts over too.
  useEffect(() => {
    if (started.seconds === null || started.seconds <= 0) return;
    const timer = setInterval(() => {
      setLeft((current) => {
        const next = Math.max(0, (current ?? 0) - 1);
        if (next === 0) clearInterval(timer);
        return next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [started]);

  return left;
}
