import { describe, expect, it } from "vitest";
import {
  tmdbErrorBodySchema,
  tmdbMovieDetailsSchema,
  tmdbMoviePageSchema,
} from "../../../src/catalog/tmdb/schemas.js";

describe("the TMDB schemas", () => {
  it("accept what TMDB really sends for films it knows little about", () => {
    const parsed = tmdbMovieDetailsSchema.parse({
      id: 216527,
      title: "Avatar 4",
      release_date: "",
      poster_path: null,
      backdrop_path: null,
      runtime: 0,
      tagline: null,
      overview: "",
      // no origin_country, genres, budget or appended objects at all
    });
    expect(parsed).toMatchObject({ runtime: 0, tagline: "", poster_path: null, genres: [] });
    expect(parsed.credits).toEqual({ cast: [], crew: [] });
  });

  it("read an empty image path as none", () => {
    const parsed = tmdbMovieDetailsSchema.parse({ id: 1, title: "x", poster_path: "" });
    expect(parsed.poster_path).toBeNull();
  });

  it("reject a body without the fields we can't do without", () => {
    expect(tmdbMovieDetailsSchema.safeParse({ title: "no id" }).success).toBe(false);
    expect(
      tmdbMoviePageSchema.safeParse({ page: 1, results: {}, total_pages: 1, total_results: 0 })
        .success,
    ).toBe(false);
  });

  it("reject ids and paging that no answer of ours could carry (a 502, never a cached 500)", () => {
    const page = { page: 1, results: [], total_pages: 1, total_results: 0 };
    expect(tmdbMoviePageSchema.safeParse(page).success).toBe(true);
    for (const odd of [{ page: 0 }, { total_pages: -1 }, { total_results: -5 }]) {
      expect(tmdbMoviePageSchema.safeParse({ ...page, ...odd }).success, JSON.stringify(odd)).toBe(
        false,
      );
    }
    const withFilm = (id: number) => ({ ...page, results: [{ id, title: "x" }] });
    expect(tmdbMoviePageSchema.safeParse(withFilm(0)).success).toBe(false);
    expect(tmdbMovieDetailsSchema.safeParse({ id: -1, title: "x" }).success).toBe(false);
  });

  it("read a negative or fractional count as a whole count", () => {
    const parsed = tmdbMovieDetailsSchema.parse({
      id: 1,
      title: "x",
      vote_count: -3,
      runtime: 95.6,
    });
    expect(parsed).toMatchObject({ vote_count: 0, runtime: 96 });
  });

  it("read TMDB's error body with or without `success`, and tolerate the 422 shape", () => {
    expect(
      tmdbErrorBodySchema.parse({ status_code: 9, status_message: "offline" }).status_code,
    ).toBe(9);
    expect(
      tmdbErrorBodySchema.parse({ errors: ["query must be provided"] }).status_code,
    ).toBeUndefined();
  });
});
