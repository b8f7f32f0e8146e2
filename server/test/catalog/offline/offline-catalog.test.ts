import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../../src/catalog/errors.js";
import { MOVIE_GENRES } from "../../../src/catalog/genres.js";
import { type OfflineCatalog, PAGE_SIZE } from "../../../src/catalog/offline/index.js";
import { realCatalog, realRecords, recordNamed } from "./support/real-data.js";

const genreId = (name: string) => MOVIE_GENRES.find((genre) => genre.name === name)?.id;

describe("the offline catalog adapter", () => {
  let catalog: OfflineCatalog;

  beforeAll(async () => {
    catalog = await realCatalog();
  });

  it("says what it is and how many films it holds", async () => {
    expect(catalog.source).toBe("offline");
    expect(catalog.size).toBe((await realRecords()).length);
  });

  it("answers a search page with the user's text echoed", async () => {
    const page = await catalog.search({ text: "King Kong", page: 1 });
    expect(page).toMatchObject({ query: "King Kong", page: 1 });
    expect(page.totalPages).toBe(Math.ceil(page.totalResults / PAGE_SIZE));
    expect(page.results[0]?.title).toBe("King Kong");
  });

  it("pages through results 20 at a time without repeats", async () => {
    const first = await catalog.search({ text: "love", page: 1 });
    const second = await catalog.search({ text: "love", page: 2 });
    expect(first.totalResults).toBeGreaterThan(PAGE_SIZE);
    expect(first.results).toHaveLength(PAGE_SIZE);
    const ids = [...first.results, ...second.results].map((movie) => movie.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.totalResults).toBe(first.totalResults);
  });

  it("answers an empty page past the last one", async () => {
    const page = await catalog.search({ text: "matrix", page: 50 });
    expect(page.results).toEqual([]);
    expect(page.totalResults).toBeGreaterThan(0);
  });

  it("filters by TMDB genre id", async () => {
    const horror = genreId("Horror");
    const page = await catalog.search({ text: "night", page: 1, genreId: horror });
    expect(page.results.length).toBeGreaterThan(0);
    for (const movie of page.results) expect(movie.genres).toContain("Horror");
    const all = await catalog.search({ text: "night", page: 1 });
    expect(page.totalResults).toBeLessThan(all.totalResults);
  });

  it("finds nothing for a genre id TMDB does not have", async () => {
    expect((await catalog.search({ text: "night", page: 1, genreId: 123_456 })).totalResults).toBe(
      0,
    );
  });

  it("filters by a year passed apart from the text", async () => {
    const page = await catalog.search({ text: "king kong", page: 1, year: 1976 });
    expect(page.results.map((movie) => `${movie.title} ${movie.year}`)).toEqual(["King Kong 1976"]);
  });

  it("gives a film's details by id, with similar films", async () => {
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    const details = await catalog.getMovie(matrix.id);
    expect(details).toMatchObject({ id: matrix.id, title: "The Matrix", source: "offline" });
    expect(details.similar.length).toBeGreaterThan(0);
  });

  it("throws NotFoundError for an unknown id", async () => {
    await expect(catalog.getMovie(1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("draws artwork for known films only", async () => {
    const matrix = recordNamed(await realRecords(), "The Matrix", 1999);
    expect(catalog.artwork(matrix.id, "poster")).toContain("<svg");
    expect(catalog.artwork(matrix.id, "backdrop")).toContain('viewBox="0 0 1280 720"');
    expect(catalog.artwork(1, "poster")).toBeUndefined();
  });
});
