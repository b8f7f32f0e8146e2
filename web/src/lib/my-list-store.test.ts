import { afterEach, describe, expect, it, vi } from "vitest";
import { movieDetails, movieSummary } from "../testing/fixtures";
import {
  addToMyList,
  getMyList,
  MY_LIST_STORAGE_KEY,
  removeFromMyList,
  resetMyListForTests,
  subscribeToMyList,
} from "./my-list-store";

const matrix = movieSummary();
const bladeRunner = movieSummary({ id: 78, title: "Blade Runner" });

/** What another tab does: writes the list itself, and this tab hears a `storage` event. */
function changeInAnotherTab(key: string | null, value: unknown) {
  if (key !== null) window.localStorage.setItem(key, JSON.stringify(value));
  else window.localStorage.clear();
  window.dispatchEvent(new StorageEvent("storage", { key }));
}

const unsubscribes: Array<() => void> = [];
function subscribe() {
  const listener = vi.fn();
  unsubscribes.push(subscribeToMyList(listener));
  return listener;
}

afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});

describe("my list store", () => {
  it("lists newest first, each film once, and keeps it in localStorage", () => {
    addToMyList(matrix);
    addToMyList(bladeRunner);
    addToMyList(matrix);
    expect(getMyList().map((movie) => movie.id)).toEqual([78, 603]);

    resetMyListForTests();
    expect(getMyList().map((movie) => movie.id)).toEqual([78, 603]);
  });

  it("keeps only a summary's fields of the details it is given", () => {
    addToMyList(movieDetails());
    const [saved] = JSON.parse(window.localStorage.getItem(MY_LIST_STORAGE_KEY) ?? "[]");
    expect(saved).toMatchObject({ id: 603, title: "The Matrix" });
    expect(saved).not.toHaveProperty("cast");
    expect(saved).not.toHaveProperty("similar");
  });

  it("removes a film and tells subscribers", () => {
    addToMyList(matrix);
    const listener = subscribe();
    removeFromMyList(603);
    expect(getMyList()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reads an unreadable or foreign stored value as an empty list, skipping bad entries", () => {
    window.localStorage.setItem(MY_LIST_STORAGE_KEY, "{not json");
    expect(getMyList()).toEqual([]);

    resetMyListForTests();
    window.localStorage.setItem(MY_LIST_STORAGE_KEY, JSON.stringify([matrix, { id: "x" }, null]));
    expect(getMyList().map((movie) => movie.id)).toEqual([603]);
  });

  it("follows another tab's changes to the list", () => {
    addToMyList(matrix);
    const listener = subscribe();
    changeInAnotherTab(MY_LIST_STORAGE_KEY, [bladeRunner, matrix]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getMyList().map((movie) => movie.id)).toEqual([78, 603]);

    // Another tab's localStorage.clear() arrives with no key.
    changeInAnotherTab(null, null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(getMyList()).toEqual([]);
  });

  it("ignores other tabs' changes to other keys", () => {
    addToMyList(matrix);
    const listener = subscribe();
    changeInAnotherTab("something-else", []);
    expect(listener).not.toHaveBeenCalled();
    expect(getMyList().map((movie) => movie.id)).toEqual([603]);
  });

  it("sees another tab's changes made while nothing here was listening", () => {
    addToMyList(matrix);
    const unsubscribe = subscribeToMyList(() => {});
    unsubscribe();
    changeInAnotherTab(MY_LIST_STORAGE_KEY, [bladeRunner, matrix]);
    expect(getMyList().map((movie) => movie.id)).toEqual([78, 603]);
  });

  it("still adds when the browser's storage is full, for this visit", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const listener = subscribe();
    expect(() => addToMyList(matrix)).not.toThrow();
    expect(getMyList().map((movie) => movie.id)).toEqual([603]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps the poster's srcset, so saved cards load the right size", () => {
    const posterSrcSet = "https://image.tmdb.org/t/p/w185/m.jpg 185w";
    addToMyList(movieSummary({ posterSrcSet }));
    resetMyListForTests();
    expect(getMyList()[0]?.posterSrcSet).toBe(posterSrcSet);
  });

  it("skips stored entries that have no title", () => {
    window.localStorage.setItem(
      MY_LIST_STORAGE_KEY,
      JSON.stringify([{ id: 78 }, { id: 77, title: null }, matrix]),
    );
    expect(getMyList().map((movie) => movie.id)).toEqual([603]);
  });
});
