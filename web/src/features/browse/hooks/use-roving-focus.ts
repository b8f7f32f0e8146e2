import { type FocusEvent, type KeyboardEvent, useCallback, useState } from "react";
import { revealCard } from "../lib/reveal-card";

const SELECTOR = "[data-card-link]";

/**
 * One tab stop per row: Tab enters a row at its current card and leaves it
 * for the next row; Left/Right arrows, Home and End move between the row's
 * cards (a "roving tabindex"). The focused card scrolls whole into view.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const links = [...event.currentTarget.querySelectorAll<HTMLElement>(SELECTOR)];
    const from = links.indexOf(document.activeElement as HTMLElement);
    if (from === -1) return;
    const to =
      event.key === "ArrowRight"
        ? Math.min(from + 1, links.length - 1)
        : event.key === "ArrowLeft"
          ? Math.max(from - 1, 0)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? links.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    setActive(to);
    const target = links[to];
    if (!target) return;
    target.focus({ preventScroll: true });
    const item = target.closest("li");
    if (item) revealCard(event.currentTarget, item);
  }, []);

  /**
   * Focus that arrives by Tab, click or script (on a card's link or its My
   * List button) makes that card the row's tab stop.
   */
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const links = [...event.currentTarget.querySelectorAll<HTMLElement>(SELECTOR)];
    const target = event.target as Node;
    const index = links.findIndex((link) => (link.closest("li") ?? link).contains(target));
    if (index !== -1) setActive(index);
  }, []);

  return { active: current, onKeyDown, onFocus };
}
