// Far east of UTC (UTC+14): a date read as local midnight would show the day before.
// Set before any test builds a Date; Node re-reads TZ when it is assigned.
process.env.TZ = "Pacific/Kiritimati";

import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { resetMyListForTests } from "../lib/my-list-store";

// jsdom implements no scrolling; the layout scrolls to the top on navigation.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollBy = () => {};

// jsdom has <dialog> but not its modal methods: enough of them to open and close one.
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
}

afterEach(() => {
  cleanup();
  document.title = "";
  window.localStorage.clear();
  resetMyListForTests();
});
