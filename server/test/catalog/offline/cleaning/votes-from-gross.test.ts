import { describe, expect, it } from "vitest";
import type { CleanFilm } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import {
  expectedLogVotes,
  fitVotesFromGross,
} from "../../../../src/catalog/offline/cleaning/votes-from-gross.js";

/** A film with only the two figures the fit reads; the rest does not matter to it. */
function film(worldwideGross: number | null, imdbVotes: number | null): CleanFilm {
  return {
    title: "Any Film",
    release: null,
    usGross: null,
    worldwideGross,
    budget: null,
    mpaaRating: null,
    runtimeMinutes: null,
    distributor: null,
    source: null,
    majorGenre: null,
    creativeType: null,
    director: null,
    rottenTomatoes: null,
    imdbRating: null,
    imdbVotes,
  };
}

describe("fitVotesFromGross", () => {
  it("fits the least-squares line through log10(votes) against log10(gross)", () => {
    // In log10: (6, 2), (7, 5), (8, 5). Means (7, 4); covariance (2 + 0 + 1) / 3 = 1 and
    // variance of x 2/3, so slope 3/2 and intercept 4 - 3/2 × 7 = -6.5. No line passes through
    // all three points, and y varies more than x (2 against 2/3), so swapped axes show.
    const fit = fitVotesFromGross([film(1e6, 1e2), film(1e7, 1e5), film(1e8, 1e5)]);
    expect(fit.slope).toBeCloseTo(1.5, 12);
    expect(fit.intercept).toBeCloseTo(-6.5, 12);
  });

  it("ignores films missing either figure", () => {
    const both = [film(1e6, 1e2), film(1e7, 1e5), film(1e8, 1e5)];
    // These would drag the line anywhere if they were read as zeros.
    const partial = [film(1e9, null), film(null, 10), film(null, null)];
    expect(fitVotesFromGross([...partial, ...both])).toEqual(fitVotesFromGross(both));
  });

  it("is flat at the mean votes when every film grossed the same (no slope to fit)", () => {
    // Zero variance in gross would divide by zero; the line is flat instead.
    const fit = fitVotesFromGross([film(5e7, 1e2), film(5e7, 1e4)]);
    expect(fit.slope).toBe(0);
    expect(fit.intercept).toBeCloseTo(3, 12);
  });
});

describe("expectedLogVotes", () => {
  it("reads the line at log10 of the gross", () => {
    const fit = { intercept: 0.5, slope: 0.5 };
    // log10(1e9) = 9: 0.5 + 0.5 × 9.
    expect(expectedLogVotes(fit, 1e9)).toBeCloseTo(5, 12);
    expect(expectedLogVotes(fit, 1e5)).toBeCloseTo(3, 12);
  });
});
