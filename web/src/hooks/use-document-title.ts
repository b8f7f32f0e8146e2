import { useEffect } from "react";

/**
 * Sets `document.title` while the calling view is shown and puts the previous
 * one back when it goes (a dialog closing hands the title back to its page).
 * `null` leaves the title to a child.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
