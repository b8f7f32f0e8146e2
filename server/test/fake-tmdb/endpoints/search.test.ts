import { describe, expect, it } from "vitest";
import { useFakeTmdb } from "../use-fake-tmdb.js";

const { get } = useFakeTmdb();

describe("the fake TMDB: search", () => {
  const titles = async (query: string) =>
    (await get(`/search/movie?query=${encodeURIComponent(query)}`))
      .json()
      .results.map((r: { title: string }) => r.title);

  it("matches substrings of titles regardless of case, exact titles first", async () => {
    expect(await titles("MATRIX")).toEqual([
      "The Matrix",
      "The Matrix Reloaded",
      "The Matrix Revolutions",
    ]);
    expect((await titles("300"))[0]).toBe("300");
  });

  it("folds Latin accents both ways", async () => {
    expect(await titles("amelie")).toEqual(["Amélie"]);
    expect(await titles("misérables")).toEqual(["Les Misérables"]);
  });

  it("matches nothing for a decomposed accent, as TMDB does", async () => {
    expect(await titles("Ame\u0301lie")).toEqual([]);
  });

  it("matches original titles in other scripts", async () => {
    expect(await titles("千と千尋")).toEqual(["Spirited Away"]);
  });

  it("serves 20 results a page with TMDB's paging fields", async () => {
    const first = (await get("/search/movie?query=e")).json();
    const second = (await get("/search/movie?query=e&page=2")).json();
    expect(first.results).toHaveLength(20);
    expect(first).toMatchObject({ page: 1, total_pages: 2 });
    expect(second.results).toHaveLength(first.total_results - 20);
    expect(Object.keys(first.results[0]).sort()).toEqual(
      [
        "adult",
        "backdrop_path",
        "genre_ids",
        "id",
        "original_language",
        "original_title",
        "overview",
        "popularity",
        "poster_path",
        "release_date",
        "title",
        "video",
        "vote_average",
        "vote_count",
      ].sort(),
    );
  });

  it.each(["0", "501", "x"])("answers page=%s with 400 code 22", async (page) => {
    const response = await get(`/search/movie?query=e&page=${page}`);
    expect(response.status).toBe(400);
    expect(response.json().status_code).toBe(22);
  });

  it("answers an empty query with the historical 422 body", async () => {
    const response = await get("/search/movie?query=");
    expect(response.status).toBe(422);
    expect(response.json()).toEqual({ errors: ["query must be provided"] });
  });

  it("filters by year", async () => {
    expect(await titles("king kong")).toHaveLength(3);
    const response = await get("/search/movie?query=king%20kong&primary_release_year=1933");
    expect(response.json().results.map((r: { id: number }) => r.id)).toEqual([244]);
  });
});
