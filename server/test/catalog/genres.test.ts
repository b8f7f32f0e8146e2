import { describe, expect, it } from "vitest";
import {
  genreName,
  OFFLINE_BROWSE_GENRE_IDS,
  TMDB_BROWSE_GENRE_IDS,
} from "../../src/catalog/genres.js";

describe("genres", () => {
  it("names TMDB's ids as TMDB does", () => {
    expect(genreName(878)).toBe("Science Fiction");
    expect(genreName(10751)).toBe("Family");
    expect(genreName(1)).toBeUndefined();
  });

  // The offline browse test checks its rows are full (it has no Animation to fill one).
  it("give both catalogs' home pages the same genre rows but the last", () => {
    expect(TMDB_BROWSE_GENRE_IDS.slice(0, -1)).toEqual(OFFLINE_BROWSE_GENRE_IDS.slice(0, -1));
    for (const id of [...TMDB_BROWSE_GENRE_IDS, ...OFFLINE_BROWSE_GENRE_IDS]) {
      expect(genreName(id), String(id)).toBeDefined();
    }
  });
});
