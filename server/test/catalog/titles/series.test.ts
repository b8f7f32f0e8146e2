import { describe, expect, it } from "vitest";
import {
  nthOfSeries,
  type SeriesFilm,
  seriesWords,
  typedSeriesNumber,
} from "../../../src/catalog/titles/series.js";
import { queryTerms } from "../../../src/catalog/titles/terms.js";

interface Film {
  title: string;
  released: string | null;
  votes: number | null;
}

const film = (title: string, released: string | null, votes: number | null = 1000): Film => ({
  title,
  released,
  votes,
});
const facts = (film: Film): SeriesFilm => ({ ...film, words: seriesWords(film.title) });
const typed = (text: string) => typedSeriesNumber(queryTerms(text));

/** The title `nthOfSeries` picks for the typed text out of these films, or null. */
function picked(films: Film[], text: string): string | null {
  const asked = typed(text);
  if (!asked) throw new Error(`"${text}" is no series number`);
  return nthOfSeries(films, asked, facts)?.title ?? null;
}

const harryPotter = [
  film("Harry Potter and the Goblet of Fire", "2005-11-16"),
  film("Harry Potter and the Sorcerer's Stone", "2001-11-14"),
  film("Harry Potter and the Prisoner of Azkaban", "2004-05-31"),
  film("Harry Potter and the Chamber of Secrets", "2002-11-13"),
];

describe("a typed series number", () => {
  it("reads the last word as the number, in any spelling, and the rest as the name", () => {
    expect(typed("harry potter 3")).toEqual({ name: ["harry", "potter"], nth: 3 });
    expect(typed("the matrix two")).toEqual({ name: ["matrix"], nth: 2 });
    expect(typed("Rocky IV")).toEqual({ name: ["rocky"], nth: 4 });
  });

  it("is none without a name, a number, or past the longest series", () => {
    expect(typed("3")).toBeNull();
    expect(typed("the 3")).toBeNull();
    expect(typed("harry potter")).toBeNull();
    expect(typed("catch 22")).toBeNull();
    expect(typed("alien 0")).toBeNull();
    expect(typed("friday the 13th")).toBeNull();
  });
});

describe("the n-th film of a series", () => {
  it("is the n-th by release among the titles that start with the name", () => {
    expect(picked(harryPotter, "harry potter 1")).toBe("Harry Potter and the Sorcerer's Stone");
    expect(picked(harryPotter, "harry potter 3")).toBe("Harry Potter and the Prisoner of Azkaban");
    expect(picked(harryPotter, "harry potter 4")).toBe("Harry Potter and the Goblet of Fire");
    expect(picked(harryPotter, "harry potter 5")).toBeNull();
  });

  it("reads the name with or without its article, run together or apart, and in the plural", () => {
    const alien = [
      film("Alien", "1979-05-25"),
      film("Aliens", "1986-07-18"),
      film("Alien Nation", "1988-10-07"),
      film("X-Men", "2000-07-13"),
    ];
    // "Alien Nation" starts with the name too: the release order puts it third.
    expect(picked(alien, "alien 2")).toBe("Aliens");
    expect(picked(alien, "the alien 3")).toBe("Alien Nation");
    expect(picked(alien, "xmen 1")).toBe("X-Men");
    expect(picked(alien, "x men 1")).toBe("X-Men");
  });

  it("is the film whose title gives it the number, however spelled", () => {
    const starWars = [
      film("Star Wars: Episode IV - A New Hope", "1977-05-25"),
      film("Star Wars: Episode V - The Empire Strikes Back", "1980-05-20"),
      film("Star Wars: Episode I - The Phantom Menace", "1999-05-19"),
    ];
    expect(picked(starWars, "star wars 1")).toBe("Star Wars: Episode I - The Phantom Menace");
    expect(picked(starWars, "star wars five")).toBe(
      "Star Wars: Episode V - The Empire Strikes Back",
    );
    // The best match given first, when titles share the number: not the oldest.
    const cloudNine = [film("Cloud Nine", "2005-01-01"), film("Cloud Nine", "1990-01-01")];
    expect(nthOfSeries(cloudNine, typed("cloud nine") ?? { name: [], nth: 0 }, facts)).toBe(
      cloudNine[0],
    );
  });

  it("counts nothing when the titles' own numbers disagree with the release order", () => {
    const jurassicPark = [
      film("Jurassic Park", "1993-06-11"),
      film("The Lost World: Jurassic Park", "1997-05-23"),
      film("Jurassic Park III", "2001-07-18"),
    ];
    // The Lost World doesn't start with the name: by name, III would be second.
    expect(picked(jurassicPark, "jurassic park 2")).toBeNull();
    expect(picked(jurassicPark, "jurassic park 3")).toBe("Jurassic Park III");
  });

  it("counts a shorthand title (the first word and the number run together)", () => {
    const xMen = [
      film("X-Men", "2000-07-13"),
      film("X-Men: The Last Stand", "2006-05-24"),
      film("X2", "2003-04-24"),
    ];
    expect(picked(xMen, "x men 2")).toBe("X2");
    expect(picked(xMen, "x men 3")).toBe("X-Men: The Last Stand");
    // K2 is no King Kong film: "k" is not the series' first word.
    const kingKong = [
      film("King Kong", "1933-03-02"),
      film("King Kong", "1976-12-17"),
      film("K2", "1991-05-03"),
    ];
    const asked = typed("king kong 2");
    expect(asked && nthOfSeries(kingKong, asked, facts)).toBe(kingKong[1]);
  });

  it("looks up the shorthand titles a catalog's films may lack, up to the number asked", () => {
    const asked = typed("xmen 2");
    const x2 = film("X2", "2003-04-24");
    const lookedUp: string[] = [];
    const titled = (word: string) => {
      lookedUp.push(word);
      return word === "x2" ? [x2] : [];
    };
    const xMen = [film("X-Men", "2000-07-13"), film("X-Men: The Last Stand", "2006-05-24")];
    expect(asked && nthOfSeries(xMen, asked, facts, titled)).toBe(x2);
    expect(lookedUp).toEqual(["xmen1", "xmen2", "x1", "x2"]);
  });

  it("leaves out undated films and side pieces with under a fifth of the best-known one's votes", () => {
    const lordOfTheRings = [
      film("The Lord of the Rings: The Fellowship of the Ring", "2001-12-18", 25_600),
      film("The Lord of the Rings", "1978-11-15", 5_000),
      film("The Lord of the Rings: The Two Towers", null, 21_900),
      film("The Lord of the Rings: The Return of the King", "2003-12-17", 24_300),
      film("The Lord of the Rings: Unknown", "2004-01-01", null),
    ];
    expect(picked(lordOfTheRings, "the lord of the rings 1")).toBe(
      "The Lord of the Rings: The Fellowship of the Ring",
    );
    expect(picked(lordOfTheRings, "the lord of the rings 2")).toBe(
      "The Lord of the Rings: The Return of the King",
    );
    expect(picked(lordOfTheRings, "the lord of the rings 3")).toBeNull();
  });

  it("counts nothing when no film of the series has a known number of votes", () => {
    const twilight = [film("Twilight", "1998-03-06", null), film("Twilight", "2008-11-21", null)];
    expect(picked(twilight, "twilight 2")).toBeNull();
  });
});
