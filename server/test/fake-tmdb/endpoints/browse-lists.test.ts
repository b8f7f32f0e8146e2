import { describe, expect, it } from "vitest";
import { useFakeTmdb } from "../use-fake-tmdb.js";

describe("the fake TMDB: now playing and watch providers", () => {
  const { get } = useFakeTmdb();

  it("serves now playing newest first, with TMDB's dates window", async () => {
    const response = await get("/movie/now_playing?region=US");
    expect(response.status).toBe(200);
    const body = response.json() as {
      dates: { minimum: string; maximum: string };
      results: Array<{ release_date: string }>;
    };
    expect(body.dates.minimum < body.dates.maximum).toBe(true);
    const dates = body.results.map((movie) => movie.release_date);
    expect(dates).toEqual(dates.toSorted().reverse());
    expect(dates).not.toContain("");
  });

  it("appends watch/providers keyed by country, leaving out kinds with no offers", async () => {
    const body = (await get("/movie/603?append_to_response=watch/providers")).json();
    const providers = body["watch/providers"];
    expect(providers.id).toBeUndefined();
    expect(Object.keys(providers.results)).toEqual(["US", "GB"]);
    expect(providers.results.US.link).toMatch(/^https:\/\/www\.themoviedb\.org\/movie\/603-/);
    expect(providers.results.US.rent[0]).toMatchObject({
      provider_name: "Apple TV",
      provider_id: 2,
    });
    expect(providers.results.GB.flatrate).toBeUndefined();
  });

  it("has a film with no offers anywhere", async () => {
    const body = (await get("/movie/216527?append_to_response=watch/providers")).json();
    expect(body["watch/providers"]).toEqual({ results: {} });
  });
});
