// Tests public/boot.js, which cannot sit beside its test: Vite copies public/ into the build as is.
import { MOVIE_ID_PATTERN } from "@netflix-clone/contract/movie-id";
import { afterEach, describe, expect, it } from "vitest";
import bootScript from "../public/boot.js?raw";

/** Runs boot.js at `path` and answers the data URL it preloads, if any. */
function preloadAt(path: string): string | null {
  window.history.replaceState(null, "", path);
  new Function(bootScript)();
  return document.head.querySelector('link[rel="preload"]')?.getAttribute("href") ?? null;
}

afterEach(() => {
  for (const link of document.head.querySelectorAll('link[rel="preload"]')) link.remove();
  window.history.replaceState(null, "", "/");
});

describe("boot.js", () => {
  it("preloads the home page's data", () => {
    expect(preloadAt("/")).toBe("/api/browse");
  });

  it.each(["603", "9999999999", "12345678901", "0", "01", "-1", "abc"])(
    "preloads /movie/%s's film exactly when the contract takes it as a movie id",
    (id) => {
      expect(preloadAt(`/movie/${id}`)).toBe(
        MOVIE_ID_PATTERN.test(id) ? `/api/movies/${id}` : null,
      );
    },
  );

  it("preloads nothing for other pages", () => {
    expect(preloadAt("/search")).toBeNull();
  });
});
