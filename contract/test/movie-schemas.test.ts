import { describe, expect, it } from "vitest";
import { movieDetailsSchema, movieSummarySchema } from "../src/index.js";
import { offlineSummary, tmdbDetails } from "./sample-answers.js";

describe("movieSummarySchema", () => {
  it("accepts a film without sized images (the offline catalog's)", () => {
    expect(movieSummarySchema.parse(offlineSummary)).toEqual(offlineSummary);
  });

  it("accepts an unrated, undated film", () => {
    const unknown = { ...offlineSummary, year: null, releaseDate: null, rating: null };
    expect(movieSummarySchema.safeParse(unknown).success).toBe(true);
  });

  it.each([
    ["a rating above 10", { rating: 10.5 }],
    ["a negative vote count", { voteCount: -1 }],
    ["a fractional id", { id: 1.5 }],
    ["an id of 0", { id: 0 }],
    ["genres as one string", { genres: "Action" }],
    ["a missing title", { title: undefined }],
  ])("rejects %s", (_name, change) => {
    expect(movieSummarySchema.safeParse({ ...offlineSummary, ...change }).success).toBe(false);
  });
});

describe("movieDetailsSchema", () => {
  it("accepts a TMDB film with offers, srcsets and a trailer", () => {
    expect(movieDetailsSchema.parse(tmdbDetails)).toEqual(tmdbDetails);
  });

  it("accepts a film with no trailer, runtime or offers", () => {
    const sparse = { ...tmdbDetails, trailer: null, runtime: null, watchProviders: null };
    expect(movieDetailsSchema.safeParse(sparse).success).toBe(true);
  });

  it.each([
    ["an unknown source", { source: "imdb" }],
    ["a runtime of 0 minutes", { runtime: 0 }],
    ["a negative budget", { budget: -1 }],
    ["a cast member without a character", { cast: [{ name: "Keanu Reeves", profileUrl: null }] }],
    ["a broken film among the similar ones", { similar: [{ ...offlineSummary, rating: 11 }] }],
    ["offers without a region", { watchProviders: { ...tmdbDetails.watchProviders, region: 1 } }],
  ])("rejects %s", (_name, change) => {
    expect(movieDetailsSchema.safeParse({ ...tmdbDetails, ...change }).success).toBe(false);
  });

  it("is a summary too: the summary schema reads a details answer", () => {
    expect(movieSummarySchema.safeParse(tmdbDetails).success).toBe(true);
  });
});
