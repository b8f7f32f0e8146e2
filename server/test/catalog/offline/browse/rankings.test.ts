import { describe, expect, it } from "vitest";
import {
  inGenre,
  NEW_RELEASE_MIN_POPULARITY,
  newReleases,
  popular,
  presentYear,
  TOP_RATED_MIN_VOTES,
  topRated,
  trending,
} from "../../../../src/catalog/offline/browse/rankings.js";
import { fakeRecord } from "../support/records.js";

const titles = (films: Array<{ title: string }>) => films.map((film) => film.title);

describe("presentYear", () => {
  it("is the last year with a real number of films, not a stray later one", () => {
    const films = [
      ...Array.from({ length: 20 }, (_, n) => fakeRecord({ title: `A${n}`, year: 2009 })),
      fakeRecord({ title: "Lonely", year: 2011 }),
    ];
    expect(presentYear(films)).toBe(2009);
  });

  it("is null for a catalog too thin to tell", () => {
    expect(presentYear([fakeRecord({ title: "One", year: 2000 })])).toBeNull();
  });
});

describe("trending", () => {
  it("ranks the last three years by popularity and leaves older hits out", () => {
    const films = [
      fakeRecord({ title: "Old hit", year: 1994, popularity: 1 }),
      fakeRecord({ title: "Recent", year: 2008, popularity: 0.7 }),
      fakeRecord({ title: "Newest", year: 2010, popularity: 0.9 }),
      fakeRecord({ title: "Too old", year: 2007, popularity: 0.95 }),
    ];
    expect(titles(trending(films, 2010))).toEqual(["Newest", "Recent"]);
  });

  it("is simply the popular list when the catalog has no present year", () => {
    const films = [
      fakeRecord({ title: "Old hit", year: 1994, popularity: 1 }),
      fakeRecord({ title: "Undated", year: null, popularity: 0.8 }),
      fakeRecord({ title: "Newest", year: 2010, popularity: 0.9 }),
    ];
    expect(titles(trending(films, null))).toEqual(["Old hit", "Newest", "Undated"]);
    expect(trending(films, null)).toEqual(popular(films));
  });
});

describe("topRated", () => {
  it("ranks by rating among widely rated films, with votes breaking ties", () => {
    const films = [
      fakeRecord({ title: "Cult", imdbRating: 9.5, imdbVotes: TOP_RATED_MIN_VOTES - 1 }),
      fakeRecord({ title: "Great", imdbRating: 9.0, imdbVotes: 100_000 }),
      fakeRecord({ title: "Great, more seen", imdbRating: 9.0, imdbVotes: 500_000 }),
      fakeRecord({ title: "Good", imdbRating: 8.0, imdbVotes: 900_000 }),
      fakeRecord({ title: "Unrated", imdbRating: null, imdbVotes: 900_000 }),
    ];
    expect(titles(topRated(films))).toEqual(["Great, more seen", "Great", "Good"]);
  });

  it("counts a film with exactly the minimum votes as widely rated", () => {
    const films = [
      fakeRecord({ title: "Just enough", imdbRating: 8.5, imdbVotes: TOP_RATED_MIN_VOTES }),
      fakeRecord({ title: "One short", imdbRating: 8.5, imdbVotes: TOP_RATED_MIN_VOTES - 1 }),
    ];
    expect(titles(topRated(films))).toEqual(["Just enough"]);
  });
});

describe("newReleases", () => {
  it("lists the latest dates first, up to the present, skipping films nobody saw", () => {
    const films = [
      fakeRecord({ title: "Future", year: 2011, releaseDate: "2011-02-01", popularity: 0.9 }),
      fakeRecord({ title: "Autumn", year: 2010, releaseDate: "2010-10-01", popularity: 0.6 }),
      fakeRecord({ title: "Spring", year: 2010, releaseDate: "2010-04-01", popularity: 0.6 }),
      fakeRecord({
        title: "Obscure",
        year: 2010,
        releaseDate: "2010-12-01",
        popularity: NEW_RELEASE_MIN_POPULARITY - 0.01,
      }),
      fakeRecord({ title: "Undated", year: 2010, releaseDate: null, popularity: 0.9 }),
    ];
    expect(titles(newReleases(films, 2010))).toEqual(["Autumn", "Spring"]);
  });

  it("keeps a film at exactly the minimum popularity", () => {
    const films = [
      fakeRecord({
        title: "Borderline",
        year: 2010,
        releaseDate: "2010-06-01",
        popularity: NEW_RELEASE_MIN_POPULARITY,
      }),
    ];
    expect(titles(newReleases(films, 2010))).toEqual(["Borderline"]);
  });
});

describe("inGenre", () => {
  it("keeps the genre's films, most popular first", () => {
    const films = [
      fakeRecord({ title: "Quiet drama", genres: ["Drama"], popularity: 0.3 }),
      fakeRecord({ title: "Big drama", genres: ["Drama", "History"], popularity: 0.9 }),
      fakeRecord({ title: "Comedy", genres: ["Comedy"], popularity: 1 }),
    ];
    expect(titles(inGenre(films, "Drama"))).toEqual(["Big drama", "Quiet drama"]);
  });
});
