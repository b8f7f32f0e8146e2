import { describe, expect, it } from "vitest";
import { IMAGE_SIZES, imageUrl } from "../../../src/catalog/tmdb/images.js";

describe("imageUrl", () => {
  it("builds URLs on TMDB's documented image base with the size for each kind", () => {
    expect(imageUrl("poster", "/abc.jpg")).toBe("https://image.tmdb.org/t/p/w342/abc.jpg");
    expect(imageUrl("backdrop", "/abc.jpg")).toBe("https://image.tmdb.org/t/p/w1280/abc.jpg");
    expect(imageUrl("profile", "/abc.jpg")).toBe("https://image.tmdb.org/t/p/w185/abc.jpg");
  });

  it("uses only sizes TMDB's /configuration lists for that kind", () => {
    expect(["w92", "w154", "w185", "w342", "w500", "w780", "original"]).toContain(
      IMAGE_SIZES.poster,
    );
    expect(["w300", "w780", "w1280", "original"]).toContain(IMAGE_SIZES.backdrop);
    expect(["w45", "w185", "h632", "original"]).toContain(IMAGE_SIZES.profile);
  });

  it("answers null when TMDB has no image", () => {
    expect(imageUrl("poster", null)).toBeNull();
    expect(imageUrl("poster", undefined)).toBeNull();
    expect(imageUrl("poster", "")).toBeNull();
  });

  it("adds the slash a path without one lacks", () => {
    expect(imageUrl("poster", "abc.jpg")).toBe("https://image.tmdb.org/t/p/w342/abc.jpg");
  });
});
