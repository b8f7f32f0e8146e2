import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MOVIE_GENRES, TV_MOVIE_GENRE_ID } from "../src/genres.js";

describe("MOVIE_GENRES", () => {
  it("has TMDB's ids, each id and each name once", () => {
    const ids = MOVIE_GENRES.map((genre) => genre.id);
    const names = MOVIE_GENRES.map((genre) => genre.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    expect(MOVIE_GENRES).toContainEqual({ id: 878, name: "Science Fiction" });
    expect(MOVIE_GENRES).toContainEqual({ id: TV_MOVIE_GENRE_ID, name: "TV Movie" });
  });

  it("lives in a module that imports nothing, so the web can bundle it without zod", () => {
    const source = readFileSync(new URL("../src/genres.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*(import|export .* from)\b/m);
  });
});
