import { describe, expect, it } from "vitest";
import { genreName } from "../../../src/catalog/genres.js";
import { toMovieDetails } from "../../../src/catalog/tmdb/mapper.js";
import { listMovie, movieDetails } from "./raw-tmdb.js";

const provider = (id: number, name: string, display_priority: number) => ({
  provider_id: id,
  provider_name: name,
  logo_path: `/logo-${id}.jpg`,
  display_priority,
});

const withProviders = (results: Record<string, unknown>, region = "US") =>
  toMovieDetails(movieDetails({ "watch/providers": { results } }), genreName, "en-US", region)
    .watchProviders;

describe("toMovieDetails: where to watch", () => {
  it("maps the region's offers by kind, in TMDB's display order, with w92 logos", () => {
    const providers = withProviders({
      US: {
        link: "https://www.themoviedb.org/movie/603-the-matrix/watch?locale=US",
        flatrate: [provider(1899, "Max", 6), provider(15, "Hulu", 4)],
        rent: [provider(2, "Apple TV", 12)],
        buy: [provider(2, "Apple TV", 12)],
      },
      GB: { buy: [provider(10, "Amazon Video", 13)] },
    });
    expect(providers).toEqual({
      region: "US",
      link: "https://www.themoviedb.org/movie/603-the-matrix/watch?locale=US",
      stream: [
        { name: "Hulu", logoUrl: "https://image.tmdb.org/t/p/w92/logo-15.jpg" },
        { name: "Max", logoUrl: "https://image.tmdb.org/t/p/w92/logo-1899.jpg" },
      ],
      free: [],
      rent: [{ name: "Apple TV", logoUrl: "https://image.tmdb.org/t/p/w92/logo-2.jpg" }],
      buy: [{ name: "Apple TV", logoUrl: "https://image.tmdb.org/t/p/w92/logo-2.jpg" }],
    });
  });

  it("uses the configured region, and merges free and ad-supported offers, each provider once", () => {
    const providers = withProviders(
      {
        US: { flatrate: [provider(15, "Hulu", 4)] },
        GB: {
          free: [provider(73, "Tubi TV", 20)],
          ads: [provider(73, "Tubi TV", 20), provider(300, "Pluto TV", 21)],
        },
      },
      "gb",
    );
    expect(providers?.region).toBe("GB");
    expect(providers?.free.map((p) => p.name)).toEqual(["Tubi TV", "Pluto TV"]);
    expect(providers?.stream).toEqual([]);
    expect(providers?.link).toBeNull();
  });

  it("is null when the region has no offers or TMDB sent none at all", () => {
    expect(withProviders({ GB: { buy: [provider(2, "Apple TV", 1)] } })).toBeNull();
    expect(withProviders({ US: { link: "https://example.org" } })).toBeNull();
    expect(toMovieDetails(movieDetails(), genreName, "en-US").watchProviders).toBeNull();
  });
});

describe("toMovieDetails: more like this", () => {
  it("prefers TMDB's recommendations and falls back to similar films", () => {
    const similar = { results: [listMovie({ id: 1, title: "Similar" })] };
    const recommendations = { results: [listMovie({ id: 2, title: "Recommended" })] };
    const both = toMovieDetails(movieDetails({ similar, recommendations }), genreName, "en-US");
    expect(both.similar.map((movie) => movie.title)).toEqual(["Recommended"]);
    const onlySimilar = toMovieDetails(
      movieDetails({ similar, recommendations: { results: [] } }),
      genreName,
      "en-US",
    );
    expect(onlySimilar.similar.map((movie) => movie.title)).toEqual(["Similar"]);
  });
});
