import { describe, expect, it } from "vitest";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";
import { FilmSearch } from "../../../../src/catalog/offline/search/film-search.js";
import { fakeRecord } from "../support/records.js";

/**
 * FilmSearch's own contract on a handful of made-up films: what `search`
 * returns beside the films (the "Did you mean …" suggestions) and when.
 * How matches are ranked is `ranking.test.ts`; the same behaviour on the
 * real catalog is `suggestions.test.ts` and `hard-queries.test.ts`.
 */

function searchOver(records: CatalogRecord[]) {
  const search = new FilmSearch(records);
  return (text: string) => {
    const { films, suggestions } = search.search(text);
    return { films: films.map((film) => `${film.title} (${film.year})`), suggestions };
  };
}

const clubs = [
  fakeRecord({ title: "Fight Club", year: 1999, popularity: 0.9 }),
  fakeRecord({ title: "Night Club", year: 1990, popularity: 0.3 }),
];

describe("FilmSearch.search", () => {
  it("suggests nothing when every word is one it knows: a title's, a director's, or one being typed", () => {
    const search = searchOver([
      ...clubs,
      fakeRecord({ title: "Beetle Juice", year: 1988, popularity: 0.7, director: "Tim Burton" }),
      fakeRecord({ title: "The Button", year: 2008, popularity: 0.5 }),
    ]);
    expect(search("fight club")).toEqual({
      films: ["Fight Club (1999)", "Night Club (1990)"],
      suggestions: [],
    });
    // "burton" is in no title, and one letter from "button": as a spelling it would be corrected.
    expect(search("burton")).toEqual({
      films: ["Beetle Juice (1988)", "The Button (2008)"],
      suggestions: [],
    });
    // "figh" is how "fight" starts: the user is still typing, not misspelling.
    expect(search("figh")).toEqual({ films: ["Fight Club (1999)"], suggestions: [] });
  });

  it("suggests the corrected text beside the films the forgiving match still found", () => {
    expect(searchOver(clubs)("fite club")).toEqual({
      films: ["Fight Club (1999)"],
      suggestions: ["fight club"],
    });
  });

  it("treats only the last word as being typed: an unfinished word before it gets corrected", () => {
    expect(searchOver(clubs)("figh club").suggestions).toEqual(["fight club"]);
  });

  it("offers at most three suggestions, however many titles are one letter off", () => {
    const rhymes = ["Beat", "Heat", "Meat", "Neat", "Peat", "Seat"].map((title) =>
      fakeRecord({ title }),
    );
    const { films, suggestions } = searchOver(rhymes)("xeat");
    expect(films).toHaveLength(6);
    expect(suggestions).toHaveLength(3);
  });

  it("suggests nothing for an acronym, though it is no title word and one is a letter away", () => {
    const { films, suggestions } = searchOver([
      fakeRecord({ title: "The Lord of the Rings: The Two Towers", year: 2002, popularity: 0.9 }),
      // "lotr" is one edit from "lot" and "lots": a spelling dictionary alone would offer them.
      fakeRecord({ title: "The Lot", popularity: 0.5 }),
      fakeRecord({ title: "Lots", popularity: 0.5 }),
    ])("lotr");
    expect(films[0]).toBe("The Lord of the Rings: The Two Towers (2002)");
    expect(suggestions).toEqual([]);
  });

  it("lists a lone year's films by popularity when no title has that number, suggesting nothing", () => {
    const search = searchOver([
      fakeRecord({ title: "Quiet One", year: 1994, popularity: 0.2 }),
      fakeRecord({ title: "Loud One", year: 1994, popularity: 0.9 }),
      fakeRecord({ title: "Other Year", year: 1995, popularity: 1 }),
      fakeRecord({ title: "1984", year: 1956, popularity: 0.1 }),
      fakeRecord({ title: "Big Brother", year: 1984, popularity: 1 }),
    ]);
    expect(search("1994")).toEqual({
      films: ["Loud One (1994)", "Quiet One (1994)"],
      suggestions: [],
    });
    // A number some title has is that title, not the films of that year.
    expect(search("1984").films).toEqual(["1984 (1956)"]);
  });
});
