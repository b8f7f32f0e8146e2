import { movieDetailsSchema, searchPageSchema } from "@netflix-clone/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genreName } from "../../../src/catalog/genres.js";
import { toMovieDetails, toSearchPage } from "../../../src/catalog/tmdb/mapper.js";
import { tmdbMovieDetailsSchema, tmdbMoviePageSchema } from "../../../src/catalog/tmdb/schemas.js";

/**
 * Whatever TMDB sends, an answer our schemas accept maps to one the public
 * contract accepts: odd data is either refused at the edge (a 502) or mapped
 * into shape, never an answer the response serializer fails on (a 500 that
 * the cache would then serve for its whole window).
 */

const anyNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
);
const dateText = fc.oneof(
  fc.constant(""),
  fc.string(),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
);
const listMovie = fc.record({
  id: anyNumber,
  title: fc.string(),
  original_title: fc.option(fc.string()),
  overview: fc.option(fc.string()),
  release_date: fc.option(dateText),
  poster_path: fc.option(fc.string()),
  backdrop_path: fc.option(fc.string()),
  genre_ids: fc.option(fc.array(anyNumber, { maxLength: 3 })),
  vote_average: fc.option(anyNumber),
  vote_count: fc.option(anyNumber),
  popularity: fc.option(anyNumber),
});

describe("TMDB answers the schemas accept", () => {
  it("map to search pages the contract accepts", () => {
    const page = fc.record({
      page: anyNumber,
      results: fc.array(listMovie, { maxLength: 4 }),
      total_pages: anyNumber,
      total_results: anyNumber,
    });
    fc.assert(
      fc.property(page, (raw) => {
        const parsed = tmdbMoviePageSchema.safeParse(raw);
        if (!parsed.success) return;
        expect(searchPageSchema.safeParse(toSearchPage("q", parsed.data, genreName)).error).toBe(
          undefined,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("map to film details the contract accepts", () => {
    const details = fc.record({
      id: anyNumber,
      title: fc.string(),
      release_date: fc.option(dateText),
      vote_average: fc.option(anyNumber),
      vote_count: fc.option(anyNumber),
      runtime: fc.option(anyNumber),
      budget: fc.option(anyNumber),
      revenue: fc.option(anyNumber),
      similar: fc.option(fc.record({ results: fc.array(listMovie, { maxLength: 3 }) })),
    });
    fc.assert(
      fc.property(details, (raw) => {
        const parsed = tmdbMovieDetailsSchema.safeParse(raw);
        if (!parsed.success) return;
        const mapped = toMovieDetails(parsed.data, genreName, "en-US");
        expect(movieDetailsSchema.safeParse(mapped).error).toBe(undefined);
      }),
      { numRuns: 500 },
    );
  });
});
