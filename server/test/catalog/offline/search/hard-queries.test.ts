import { describe, expect, it } from "vitest";
import { realCatalog } from "../support/real-data.js";

/**
 * One named case per class of hard query, on the real catalog: what a
 * careless person types, and where the film they mean must land. The
 * evaluation set (search-evaluation.queries.ts) measures each class at scale;
 * these pin down the behaviour behind each class, so a regression says which
 * one broke.
 */

async function top(text: string, count: number): Promise<string[]> {
  const page = await (await realCatalog()).search({ text, page: 1 });
  return page.results.slice(0, count).map((movie) => `${movie.title} (${movie.year})`);
}

describe("sequel numbers in any spelling", () => {
  it.each([
    ["lethal weapon iii", "Lethal Weapon 3 (1992)"],
    ["police academy seven", "Police Academy 7: Mission to Moscow (1994)"],
    ["godfather part 3", "The Godfather: Part III (1990)"],
    ["toy story three", "Toy Story 3 (2010)"],
    ["saw 4", "Saw IV (2007)"],
    ["star wars episode v", "Star Wars Ep. V: The Empire Strikes Back (1980)"],
    ["friday the 13th part 6", "Friday the 13th Part VI: Jason Lives (1986)"],
  ])('"%s" finds %s first', async (text, film) => {
    expect(await top(text, 1)).toEqual([film]);
  });

  it("reads a lone V as a number only where a sequel number stands", async () => {
    expect(await top("saw v", 1)).toEqual(["Saw V (2008)"]);
    expect(await top("saw 5", 1)).toEqual(["Saw V (2008)"]);
    expect(await top("v for vendetta", 1)).toEqual(["V for Vendetta (2006)"]);
  });
});

describe("a director's name", () => {
  it("finds the director's films before titles a letter or two off", async () => {
    // "kubrick" is two edits from Brick, "burton" one from Benjamin Button.
    expect(await top("kubrick", 3)).not.toContain("Brick (2006)");
    expect(await top("kubrick", 1)).toEqual(["The Shining (1980)"]);
    expect(await top("burton", 3)).not.toContain("The Curious Case of Benjamin Button (2008)");
  });
});

describe("a sequel number the catalog lacks", () => {
  it("lists the films named by the words, not every film with that number", async () => {
    // No Rocky IV in the catalog: "iv" alone would rank Saw IV and Star Trek IV first.
    const found = await top("rocky iv", 4);
    expect(found[0]).toBe("Rocky (1976)");
    expect(found.every((film) => /rocky/i.test(film))).toBe(true);
  });
});

describe("a series' n-th film, when its title has no number", () => {
  it.each([
    ["harry potter 3", "Harry Potter and the Prisoner of Azkaban (2004)"],
    ["pirates of the caribbean 2", "Pirates of the Caribbean: Dead Man's Chest (2006)"],
    ["alien 2", "Aliens (1986)"],
    ["the matrix 3", "The Matrix Revolutions (2003)"],
    // X2's title is the series' first word and its number run together.
    ["x men 2", "X2 (2003)"],
    ["xmen 3", "X-Men: The Last Stand (2006)"],
  ])('"%s" finds %s first', async (text, film) => {
    expect(await top(text, 1)).toEqual([film]);
  });

  it("keeps a film whose title has the number first", async () => {
    expect(await top("die hard 2", 1)).toEqual(["Die Hard 2 (1990)"]);
    expect(await top("apollo 13", 1)).toEqual(["Apollo 13 (1995)"]);
  });
});

describe("acronyms", () => {
  it.each([
    ["lotr", "The Lord of the Rings: The Fellowship of the Ring (2001)"],
    ["potc", "Pirates of the Caribbean: The Curse of the Black Pearl (2003)"],
    ["esb", "Star Wars Ep. V: The Empire Strikes Back (1980)"],
    ["tcm 1974", "The Texas Chainsaw Massacre (1974)"],
  ])('"%s" finds %s first', async (text, film) => {
    expect(await top(text, 1)).toEqual([film]);
  });

  it.each([
    ["lotr 3", "The Lord of the Rings: The Return of the King (2003)"],
    ["potc 2", "Pirates of the Caribbean: Dead Man's Chest (2006)"],
    ["tmnt 2", "Teenage Mutant Ninja Turtles II: The Secret of the Ooze (1991)"],
  ])(
    'reads a sequel number after an acronym as the series\' n-th film: "%s" finds %s first',
    async (text, film) => {
      expect(await top(text, 1)).toEqual([film]);
    },
  );

  it("lists a title that is the word itself before the titles it abbreviates", async () => {
    expect(await top("tmnt", 2)).toEqual(["TMNT (2007)", "Teenage Mutant Ninja Turtles (1990)"]);
  });

  it("reads a word being typed as a word, not an acronym", async () => {
    // "Batman" starts with "bat"; "bat" is no acronym to look up.
    expect((await top("bat", 3)).every((film) => /^bat/i.test(film))).toBe(true);
  });
});

describe('"&" and "and"', () => {
  it("finds a title with & when and is typed, and the other way round", async () => {
    expect(await top("dumb and dumber", 1)).toEqual(["Dumb & Dumber (1994)"]);
    expect(await top("four weddings & a funeral", 1)).toEqual([
      "Four Weddings and a Funeral (1994)",
    ]);
    expect(await top("chuck and buck", 1)).toEqual(["Chuck&Buck (2000)"]);
  });
});

describe("compounds joined or split", () => {
  it("matches words run together and a word split in two", async () => {
    expect(await top("toystory", 1)).toEqual(["Toy Story (1995)"]);
    expect(await top("star gate", 1)).toEqual(["Stargate (1994)"]);
    expect(await top("beetlejuice", 1)).toEqual(["Beetle Juice (1988)"]);
  });
});

describe("a distinctive part of a title, and words out of order", () => {
  it("finds a film by its subtitle alone", async () => {
    expect(await top("chamber of secrets", 1)).toEqual([
      "Harry Potter and the Chamber of Secrets (2002)",
    ]);
    expect(await top("dead mans chest", 1)).toEqual([
      "Pirates of the Caribbean: Dead Man's Chest (2006)",
    ]);
  });

  it("finds it with the series name typed last", async () => {
    expect(await top("crystal skull indiana jones", 1)).toEqual([
      "Indiana Jones and the Kingdom of the Crystal Skull (2008)",
    ]);
  });

  it("still answers when one typed word is in no title", async () => {
    expect(await top("what the bleep do we know", 1)).toEqual(["What the #$'! Do We Know (2004)"]);
  });
});

describe("hard typos", () => {
  it.each([
    ["godfahter", "The Godfather (1972)"], // swapped letters
    ["jurassic prak", "Jurassic Park (1993)"], // swapped letters in a short word
    ["indepandance day", "Independence Day (1996)"], // two edits
    ["fite club", "Fight Club (1999)"], // by ear: three edits, one sound
    ["filadelfia", "Philadelphia (1993)"], // by ear: "ph" as "f"
    ["fite", "Fight Club (1999)"], // by ear, alone: before Kite, one edit but another first letter
  ])('"%s" finds %s first', async (text, film) => {
    expect(await top(text, 1)).toEqual([film]);
  });
});

describe("stylized characters", () => {
  it.each([
    ["alien 3", "Alien³ (1992)"], // superscript
    ["richie rich", "Ri¢hie Ri¢h (1994)"], // currency sign as a letter
    ["naked gun 2 1/2", "The Naked Gun 2½: The Smell of Fear (1991)"], // fraction
    ["nine and a half weeks", "Nine 1/2 Weeks (1986)"],
    ["seven", "Se7en (1995)"], // a digit inside its own number word
    ["romeo and juliet", "Romeo+Juliet (1996)"],
    ["halloween h20", "Halloween: H2O (1998)"], // zero for the letter O
  ])('"%s" finds %s first', async (text, film) => {
    expect(await top(text, 1)).toEqual([film]);
  });
});

describe("numeric titles versus a year", () => {
  it("looks for a title first when the query is only a number", async () => {
    expect(await top("2012", 1)).toEqual(["2012 (2009)"]);
    expect(await top("1776", 1)).toEqual(["1776 (1972)"]);
  });

  it("lists the year's films when no title is that number", async () => {
    const films = await top("1994", 3);
    expect(films).toHaveLength(3);
    for (const film of films) expect(film).toMatch(/\(1994\)$/);
  });

  it("matches numbers spelled as words or ordinals", async () => {
    expect(await top("twelve angry men", 1)).toEqual(["12 Angry Men (1957)"]);
    expect(await top("the 6th sense", 1)).toEqual(["The Sixth Sense (1999)"]);
  });
});

describe("an exact title before longer titles containing it", () => {
  it("puts the bare title first however popular its sequels", async () => {
    expect(await top("die hard", 1)).toEqual(["Die Hard (1988)"]);
    expect(await top("batman", 1)).toEqual(["Batman (1989)"]);
    expect(await top("scream", 1)).toEqual(["Scream (1996)"]);
  });

  it("orders equal titles by popularity", async () => {
    expect(await top("twilight", 2)).toEqual(["Twilight (2008)", "Twilight (1998)"]);
    expect(await top("king kong", 3)).toEqual([
      "King Kong (2005)",
      "King Kong (1976)",
      "King Kong (1933)",
    ]);
  });
});
