import { describe, expect, it } from "vitest";
import { parseMovieId } from "./movie-id";

describe("parseMovieId", () => {
  it("reads an id the API takes", () => {
    expect(parseMovieId("603")).toBe(603);
    expect(parseMovieId("9999999999")).toBe(9_999_999_999);
  });

  it.each([undefined, "", "abc", "0", "01", "-1", "1.5", "1e3", "12345678901"])(
    "has no film for %j",
    (text) => {
      expect(parseMovieId(text)).toBeNull();
    },
  );
});
