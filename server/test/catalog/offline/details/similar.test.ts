import { describe, expect, it } from "vitest";
import {
  SIMILAR_LIMIT,
  similarFilms,
  similarity,
} from "../../../../src/catalog/offline/details/similar.js";
import { realRecords, recordNamed } from "../support/real-data.js";
import { fakeRecord } from "../support/records.js";

describe("similar titles", () => {
  it("returns up to 12 films, never the film itself", async () => {
    const records = await realRecords();
    const matrix = recordNamed(records, "The Matrix", 1999);
    const similar = similarFilms(matrix, records);
    expect(similar).toHaveLength(SIMILAR_LIMIT);
    expect(similar.map((film) => film.id)).not.toContain(matrix.id);
  });

  it("shares a genre or the director with every suggestion", async () => {
    const records = await realRecords();
    const matrix = recordNamed(records, "The Matrix", 1999);
    for (const film of similarFilms(matrix, records)) {
      const related =
        film.genres.some((genre) => matrix.genres.includes(genre)) ||
        film.director === matrix.director;
      expect(related).toBe(true);
    }
  });

  it("suggests the same director's films in the genre (The Matrix → its sequels)", async () => {
    const records = await realRecords();
    const titles = similarFilms(recordNamed(records, "The Matrix", 1999), records).map(
      (film) => film.title,
    );
    expect(titles).toEqual(
      expect.arrayContaining(["The Matrix Reloaded", "The Matrix Revolutions"]),
    );
  });

  it("prefers a close era and a popular film, all else equal", () => {
    const film = fakeRecord({ title: "Origin", year: 1990, genres: ["Drama"] });
    const near = fakeRecord({ title: "Near", year: 1991, genres: ["Drama"] });
    const far = fakeRecord({ title: "Far", year: 1950, genres: ["Drama"] });
    const famous = fakeRecord({ title: "Famous", year: 1991, genres: ["Drama"], popularity: 1 });
    expect(similarity(film, near)).toBeGreaterThan(similarity(film, far));
    expect(similarity(film, famous)).toBeGreaterThan(similarity(film, near));
  });

  it("suggests nothing unrelated", () => {
    const film = fakeRecord({ title: "Origin", genres: ["Horror"] });
    const other = fakeRecord({ title: "Other", genres: ["Comedy"], popularity: 1 });
    expect(similarFilms(film, [film, other])).toEqual([]);
  });
});
