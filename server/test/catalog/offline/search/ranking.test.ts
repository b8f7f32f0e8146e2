import { describe, expect, it } from "vitest";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";
import { FilmSearch } from "../../../../src/catalog/offline/search/film-search.js";
import { realCatalog } from "../support/real-data.js";
import { fakeRecord } from "../support/records.js";

const titlesFound = (records: CatalogRecord[], text: string) =>
  new FilmSearch(records).find(text).map((record) => `${record.title} (${record.year})`);

describe("ranking", () => {
  it("puts the exact title before longer titles containing it, at comparable popularity", () => {
    const records = [
      fakeRecord({ title: "Heat Wave Returns", popularity: 0.72 }),
      fakeRecord({ title: "Heat", popularity: 0.7 }),
      fakeRecord({ title: "Heat of the Night", popularity: 0.71 }),
    ];
    expect(titlesFound(records, "heat")[0]).toBe("Heat (2000)");
  });

  it("continues a title being typed one letter into its next word, word for word", () => {
    const records = [
      fakeRecord({ title: "Gamma Rays", popularity: 0.9 }),
      fakeRecord({ title: "The Glass Key", popularity: 0.5 }),
      fakeRecord({ title: "Theg Unrelated", popularity: 0.9 }),
      fakeRecord({ title: "X-Ray Men", popularity: 0.5 }),
    ];
    expect(titlesFound(records, "the g")).toEqual(["The Glass Key (2000)"]);
    expect(titlesFound(records, "x r")).toEqual(["X-Ray Men (2000)"]);
  });

  it("puts the titles being typed before a popular film that merely has the one-letter word", () => {
    const records = [
      fakeRecord({ title: "Big Trouble", popularity: 0.3 }),
      fakeRecord({ title: "S.W.A.T.", popularity: 1 }),
    ];
    expect(titlesFound(records, "big t")).toEqual(["Big Trouble (2000)", "S.W.A.T. (2000)"]);
  });

  it("lets popularity decide between equally good matches", () => {
    const records = [
      fakeRecord({ title: "Cloud Nine", year: 1990, popularity: 0.3 }),
      fakeRecord({ title: "Cloud Nine", year: 2005, popularity: 0.9 }),
    ];
    expect(titlesFound(records, "cloud nine")).toEqual(["Cloud Nine (2005)", "Cloud Nine (1990)"]);
  });

  it("puts the film of a typed year first, even against the most popular namesake", () => {
    const records = [
      fakeRecord({ title: "Cloud Nine", year: 1990, popularity: 0 }),
      fakeRecord({ title: "Cloud Nine", year: 2005, popularity: 1 }),
    ];
    expect(titlesFound(records, "cloud nine 1990")[0]).toBe("Cloud Nine (1990)");
  });

  it("still finds a title that contains the typed number", () => {
    const records = [
      fakeRecord({ title: "Fantasia", year: 1940 }),
      fakeRecord({ title: "Fantasia 2000" }),
    ];
    expect(titlesFound(records, "fantasia 2000")[0]).toBe("Fantasia 2000 (2000)");
  });

  it("lists a year's films, most popular first, when a lone year names no film", () => {
    const records = [
      fakeRecord({ title: "Quiet One", year: 1994, popularity: 0.2 }),
      fakeRecord({ title: "Loud One", year: 1994, popularity: 0.9 }),
      fakeRecord({ title: "Other Year", year: 1995 }),
    ];
    expect(titlesFound(records, "1994")).toEqual(["Loud One (1994)", "Quiet One (1994)"]);
  });

  it("blends match and popularity on the real catalog: The Matrix before its sequels", async () => {
    const page = await (await realCatalog()).search({ text: "matrix", page: 1 });
    expect(page.results.slice(0, 3).map((movie) => movie.year)).toEqual([1999, 2003, 2003]);
  });
});
