import { describe, expect, it } from "vitest";
import { GENRES } from "./fixtures/genres.js";
import { EDGE_CASE_IDS, FILMS, filmById } from "./fixtures/index.js";

describe("the fake TMDB's fixtures", () => {
  it("hold a few dozen films with unique ids", () => {
    const ids = FILMS.map((film) => film.details.id);
    expect(FILMS.length).toBeGreaterThanOrEqual(25);
    expect(FILMS.length).toBeLessThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keep each list item consistent with its details", () => {
    for (const { details, listItem } of FILMS) {
      expect(listItem).toMatchObject({
        id: details.id,
        title: details.title,
        release_date: details.release_date,
        poster_path: details.poster_path,
        genre_ids: details.genres.map((genre) => genre.id),
      });
    }
  });

  it("refer only to known genres and known similar films", () => {
    const genreIds = new Set(GENRES.map((genre) => genre.id));
    for (const film of FILMS) {
      for (const genre of film.details.genres) expect(genreIds.has(genre.id)).toBe(true);
      for (const id of film.similarIds)
        expect(filmById(id), `${film.details.id} → ${id}`).toBeDefined();
    }
  });

  it("use TMDB's formats for dates and image paths", () => {
    for (const { details, credits } of FILMS) {
      expect(details.release_date).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      for (const path of [
        details.poster_path,
        details.backdrop_path,
        ...credits.cast.map((c) => c.profile_path),
      ]) {
        if (path !== null) expect(path).toMatch(/^\/[A-Za-z0-9]{27}\.jpg$/);
      }
    }
  });

  it("include the edge cases TMDB really produces", () => {
    const announced = filmById(EDGE_CASE_IDS.announced)?.details;
    expect(announced).toMatchObject({ release_date: "", poster_path: null, runtime: 0 });
    const padded = filmById(EDGE_CASE_IDS.paddedCertification)?.releaseDates.flatMap(
      (c) => c.release_dates,
    );
    expect(padded?.some((release) => /\S\s+$/.test(release.certification))).toBe(true);
    const noUs = filmById(EDGE_CASE_IDS.noUsRelease)?.releaseDates.map((c) => c.iso_3166_1);
    expect(noUs).not.toContain("US");
    expect(filmById(EDGE_CASE_IDS.noOriginCountry)?.details).not.toHaveProperty("origin_country");
    const crewJobs = filmById(254)?.credits.crew.filter(
      (member) => member.name === "Peter Jackson",
    );
    expect(crewJobs?.map((member) => member.job)).toEqual(["Director", "Producer", "Screenplay"]);
  });
});
