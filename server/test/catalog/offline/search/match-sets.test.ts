import { describe, expect, it } from "vitest";
import { allOf, type Matches, mostOf } from "../../../../src/catalog/offline/search/match-sets.js";

const matches = (entries: Array<[number, number]>): Matches => new Map(entries);

describe("combining the films each typed word matched", () => {
  it("keeps only films every word matched, scored by the sum", () => {
    const combined = allOf([
      matches([
        [1, 2],
        [2, 1],
      ]),
      matches([
        [1, 3],
        [3, 5],
      ]),
    ]);
    expect([...combined]).toEqual([[1, 5]]);
  });

  it("matches nothing without words", () => {
    expect(allOf([]).size).toBe(0);
  });

  it("falls back to the films with the most words, and those one short, scaled by the share matched", () => {
    const perTerm = [
      matches([
        [1, 1],
        [2, 1],
        [3, 9],
      ]),
      matches([
        [1, 1],
        [2, 1],
      ]),
      matches([[1, 1]]),
      matches([[4, 1]]),
    ];
    const combined = mostOf(perTerm);
    // Film 1 has three of four words, film 2 two: both kept; films 3 and 4 have one.
    expect([...combined.keys()].sort()).toEqual([1, 2]);
    expect(combined.get(1)).toBeCloseTo(3 * (3 / 4) ** 2);
    expect(combined.get(2)).toBeCloseTo(2 * (2 / 4) ** 2);
  });

  it("leaves out films that matched only a number when words were typed too", () => {
    // "rocky iv": film 1 is Rocky, film 2 some other fourth sequel.
    const perTerm = [matches([[1, 1]]), matches([[2, 5]])];
    expect([...mostOf(perTerm, [false, true]).keys()]).toEqual([1]);
    expect([...mostOf(perTerm).keys()].sort()).toEqual([1, 2]);
    // Only numbers typed: the numbers are all there is to match.
    expect([...mostOf(perTerm, [true, true]).keys()].sort()).toEqual([1, 2]);
  });
});
