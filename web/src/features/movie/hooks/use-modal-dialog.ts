import { type RefObject, useEffect } from "react";
import { openerToRefocus } from "../../../lib/movie-dialog";

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled])",
  "select:not([disabled])",
  "iframe",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/** What Tab can reach in `root`, in order; hidden elements can't take focus. */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest("[hidden],[inert]") && (element.checkVisibility?.() ?? true),
  );
}

/**
 * Opens `<dialog>` as a modal (the page behind turns inert), keeps Tab and
 * Shift+Tab cycling inside it, turns Escape into `onClose`, and on close
 * gives focus back to what opened it.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onClose: () => void) {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    // Browsers differ on what showModal focuses; start on the first control (Close).
    if (!dialog.contains(document.activeElement)) focusables(dialog)[0]?.focus();

    // Escape can arrive as both a keydown and the dialog's cancel: close once.
    let closing = false;
    const closeOnce = () => {
      if (closing) return;
      closing = true;
      onClose();
    };
    const onCancel = (event: Event) => {
      // Our close goes back in history, so the URL follows; the browser's would not.
      event.preventDefault();
      closeOnce();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        closeOnce();
        return;
      }
      if (event.key !== "Tab") return;
      const items = focusables(dialog);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !dialog.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener("cancel", onCancel);
    dialog.addEventListener("keydown", onKeyDown);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      dialog.removeEventListener("keydown", onKeyDown);
    };
  }, [ref, onClose]);

  // On unmount only: the dialog is gone, so the page is no longer inert.
  useEffect(
    () => () => {
      openerToRefocus()?.focus();
    },
    [],
  );
}
