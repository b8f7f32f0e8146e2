import { describe, expect, it } from "vitest";
import { browsePage, movieSummary } from "../../../testing/fixtures";
import { initialMyListPlacement, withMyList } from "./with-my-list";

const rows = browsePage().rows;
const ids = (placed: { id: string }[]) => placed.map((row) => row.id);

describe("placing the home page's My List row", () => {
  it("goes second when the page opens with titles saved, else after the other rows", () => {
    expect(initialMyListPlacement(3)).toBe("second");
    expect(initialMyListPlacement(0)).toBe("last");
  });

  it("puts the row where it was placed, with the list's films", () => {
    const saved = [movieSummary({ id: 7, title: "Saved" })];
    expect(ids(withMyList(rows, saved, "second"))).toEqual(["trending", "my-list", "popular"]);
    expect(ids(withMyList(rows, saved, "last"))).toEqual(["trending", "popular", "my-list"]);
    expect(withMyList(rows, saved, "last").at(-1)?.movies).toEqual(saved);
  });

  it("keeps a placed row when the list empties, and has none until one is placed", () => {
    expect(withMyList(rows, [], "second")[1]).toMatchObject({ id: "my-list", movies: [] });
    expect(ids(withMyList(rows, [], null))).toEqual(["trending", "popular"]);
  });
});
