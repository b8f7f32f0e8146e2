import { describe, expect, it } from "vitest";
import { useFakeTmdb } from "../use-fake-tmdb.js";

const { get } = useFakeTmdb();

describe("the fake TMDB: movie details", () => {
  it("answers details without appends unless asked", async () => {
    const body = (await get("/movie/603")).json();
    expect(body).toMatchObject({ id: 603, title: "The Matrix", runtime: 136 });
    expect(body).not.toHaveProperty("credits");
  });

  it("adds each requested append under its name", async () => {
    const body = (
      await get("/movie/603?append_to_response=credits,videos,release_dates,similar,external_ids")
    ).json();
    expect(body.credits.cast[0]).toMatchObject({ name: "Keanu Reeves", order: 0 });
    expect(body.videos.results[0]).toMatchObject({ site: "YouTube", type: "Trailer" });
    expect(body.release_dates.results[0].iso_3166_1).toBe("US");
    expect(body.similar).toMatchObject({ page: 1, total_results: 4 });
    expect(body.external_ids.imdb_id).toBe("tt0133093");
  });

  it("refuses more than 20 appends with 400 code 27", async () => {
    const appends = Array.from({ length: 21 }, () => "credits").join(",");
    const response = await get(`/movie/603?append_to_response=${appends}`);
    expect(response.status).toBe(400);
    expect(response.json().status_code).toBe(27);
  });

  it("answers an unknown id with 404 code 34 and a non-numeric one with code 6", async () => {
    const unknown = await get("/movie/999999999");
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual({
      status_code: 34,
      status_message: "The resource you requested could not be found.",
      success: false,
    });
    expect((await get("/movie/abc")).json().status_code).toBe(6);
  });

  it("serves sub-resources with their id", async () => {
    const credits = (await get("/movie/238/credits")).json();
    expect(credits.id).toBe(238);
    expect(credits.crew.find((c: { job: string }) => c.job === "Director").name).toBe(
      "Francis Ford Coppola",
    );
  });

  it("filters videos by language like TMDB", async () => {
    const english = (await get("/movie/194/videos?language=en-US")).json().results;
    const both = (await get("/movie/194/videos?language=en-US&include_video_language=fr")).json()
      .results;
    expect(english.map((v: { iso_639_1: string }) => v.iso_639_1)).toEqual(["en"]);
    expect(both).toHaveLength(2);
  });
});
