import { startTransition, useCallback, useEffect, useState } from "react";

/** Rows wanted at once: what a phone or a laptop shows before any scrolling. */
const FIRST_WANTED = 3;

/**
 * Draws the home page's rows one per task, and only as far down as they are
 * wanted (near the viewport). Twenty cards at a time keep each commit short
 * enough that a phone still answers a tap while the page fills in; all rows
 * at once would block it for a good fraction of a second.
 */
export function useProgressiveRows(total: number) {
  const [wanted, setWanted] = useState(Math.min(total, FIRST_WANTED));
  const [drawn, setDrawn] = useState(Math.min(total, 1));

  useEffect(() => {
    if (drawn >= Math.min(wanted, total)) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((count) => count + 1)), 0);
    return () => clearTimeout(timer);
  }, [drawn, wanted, total]);

  /** Row `index` came near the viewport: draw up to it. */
  const want = useCallback((index: number) => {
    setWanted((count) => Math.max(count, index + 1));
  }, []);

  return { drawn, want };
}
