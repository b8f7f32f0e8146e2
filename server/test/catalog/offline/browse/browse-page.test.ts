import { beforeAll, describe, expect, it } from "vitest";
import type { BrowsePage } from "../../../../src/catalog/movie.js";
import {
  offlineBrowsePage,
  ROW_LENGTH,
} from "../../../../src/catalog/offline/browse/browse-page.js";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";
import { realCatalog, realRecords } from "../support/real-data.js";
import { fakeRecord } from "../support/records.js";

describe("the offline browse page, on the real catalog", () => {
  let films: CatalogRecord[];
  let page: BrowsePage;
  beforeAll(async () => {
    films = await realRecords();
    page = offlineBrowsePage(films);
  });

  it("has the standard rows first, then genre rows, each full", () => {
    expect(page.rows.map((row) => row.title)).toEqual([
      "Trending now",
      "Popular",
      "Top rated",
      "New releases",
      "Action",
      "Comedy",
      "Science Fiction",
      "Drama",
      "Horror",
      "Family",
    ]);
    for (const row of page.rows) expect(row.movies, row.title).toHaveLength(ROW_LENGTH);
    expect(new Set(page.rows.map((row) => row.id)).size).toBe(page.rows.length);
  });

  it("lists the films people know: The Shawshank Redemption tops Popular and Top rated has classics", () => {
    const row = (id: string) => page.rows.find((r) => r.id === id)?.movies ?? [];
    expect(row("popular")[0]?.title).toBe("The Shawshank Redemption");
    expect(row("top-rated").map((movie) => movie.title)).toEqual(
      expect.arrayContaining(["The Godfather", "The Shawshank Redemption"]),
    );
    for (const movie of row("genre-878")) expect(movie.genres).toContain("Science Fiction");
  });

  it("features a recent, popular film in full, with artwork for the billboard", () => {
    const trending = page.rows.find((row) => row.id === "trending")?.movies ?? [];
    expect(page.featured?.id).toBe(trending[0]?.id);
    expect(page.featured).toMatchObject({
      source: "offline",
      backdropUrl: `/api/backdrops/${page.featured?.id}.svg`,
      watchProviders: null,
    });
    expect(page.featured?.year).toBeGreaterThanOrEqual(2008);
    expect(page.featured?.similar.length).toBeGreaterThan(0);
  });

  it("is composed once by the catalog and served as is afterwards", async () => {
    const catalog = await realCatalog();
    const first = await catalog.browse();
    expect(await catalog.browse()).toBe(first);
    expect(first.rows.map((row) => row.id)).toEqual(page.rows.map((row) => row.id));
  });
});

describe("the offline browse page, on a thin catalog", () => {
  it("drops the rows it has no films for", () => {
    const page = offlineBrowsePage([
      fakeRecord({ title: "Lone drama", year: 1990, genres: ["Drama"], popularity: 0.2 }),
      fakeRecord({ title: "Small drama", year: 1991, genres: ["Drama"], popularity: 0.1 }),
    ]);
    expect(page.rows.map((row) => row.id)).toEqual(["trending", "popular", "genre-18"]);
    for (const row of page.rows) expect(row.movies.length).toBeGreaterThan(0);
  });
});
