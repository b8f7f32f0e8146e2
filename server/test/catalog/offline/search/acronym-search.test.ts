import { describe, expect, it } from "vitest";
import { AcronymSearch } from "../../../../src/catalog/offline/search/acronym-search.js";
import { fakeRecord } from "../support/records.js";

const records = [
  fakeRecord({ title: "Pirates of the Caribbean: At World's End", year: 2007 }),
  fakeRecord({ title: "The Passion of the Christ", year: 2004 }),
  fakeRecord({ title: "Pirates of the Caribbean: The Curse of the Black Pearl", year: 2003 }),
  fakeRecord({ title: "Pirates of the Caribbean: Dead Man's Chest", year: 2006 }),
];
const titleOf = (id: number) => records.find((record) => record.id === id)?.title;
const search = () => new AcronymSearch(records);

describe("films by acronym", () => {
  it("finds every film a typed acronym abbreviates, equally scored", () => {
    const films = search().films(["potc"]);
    expect([...films.keys()].map(titleOf).sort()).toEqual(
      records.map((record) => record.title).sort(),
    );
    expect(new Set(films.values())).toEqual(new Set([1]));
  });

  it("picks the n-th film of the acronym's main series by release for a sequel number", () => {
    const films = search().films(["potc", "2"]);
    const picked = [...films.keys()].filter((id) => AcronymSearch.isPicked(films, id));
    // The Passion of the Christ shares the letters, not the series.
    expect(picked.map(titleOf)).toEqual(["Pirates of the Caribbean: Dead Man's Chest"]);
    const third = search().films(["potc", "iii"]);
    expect(
      [...third.keys()].filter((id) => AcronymSearch.isPicked(third, id)).map(titleOf),
    ).toEqual(["Pirates of the Caribbean: At World's End"]);
  });

  it("picks nothing past the series' end, and reads nothing but an acronym and one number", () => {
    const beyond = search().films(["potc", "9"]);
    expect([...beyond.keys()].some((id) => AcronymSearch.isPicked(beyond, id))).toBe(false);
    expect(search().films(["potc", "2", "3"]).size).toBe(0);
    expect(search().films(["potc", "deluxe"]).size).toBe(0);
    expect(search().films(["pc"]).size).toBe(0);
  });
});
