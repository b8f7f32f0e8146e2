import { describe, expect, it } from "vitest";
import { genreName } from "../../../src/catalog/genres.js";
import { MAX_CAST, MAX_SIMILAR, toMovieDetails } from "../../../src/catalog/tmdb/mapper.js";
import { listMovie, movieDetails, usReleases, video } from "./raw-tmdb.js";

const details = (overrides: Record<string, unknown> = {}, language = "en-US") =>
  toMovieDetails(movieDetails(overrides), genreName, language);

const crew = (id: number, name: string, job: string) => ({
  id,
  name,
  job,
  department: "x",
  credit_id: "c",
});
const cast = (name: string, order: number, profile_path: string | null = `/${name}.jpg`) => ({
  id: order,
  name,
  character: `${name}'s part`,
  profile_path,
  order,
});

describe("toMovieDetails: the film itself", () => {
  it("maps the summary fields, genre names, tagline and money", () => {
    expect(details()).toMatchObject({
      id: 603,
      title: "The Matrix",
      year: 1999,
      genres: ["Action", "Science Fiction"],
      tagline: "Welcome to the Real World.",
      runtime: 136,
      budget: 63_000_000,
      revenue: 463_517_383,
      source: "tmdb",
      externalRatings: [],
    });
  });

  it("reads runtime, budget and revenue 0 as unknown", () => {
    expect(details({ runtime: 0, budget: 0, revenue: 0 })).toMatchObject({
      runtime: null,
      budget: null,
      revenue: null,
    });
    expect(details({ runtime: null }).runtime).toBeNull();
  });

  it('has tagline "" when TMDB has none', () => {
    expect(details({ tagline: null }).tagline).toBe("");
    expect(details({ tagline: undefined }).tagline).toBe("");
  });

  it("copes with no appended objects at all", () => {
    expect(details()).toMatchObject({
      directors: [],
      cast: [],
      trailer: null,
      certification: null,
      similar: [],
    });
  });
});

describe("toMovieDetails: people", () => {
  it("lists each director once, in TMDB's order, however many jobs they hold", () => {
    const credits = {
      cast: [],
      crew: [
        crew(1, "Lana Wachowski", "Director"),
        crew(1, "Lana Wachowski", "Writer"),
        crew(2, "Lilly Wachowski", "Director"),
        crew(3, "Joel Silver", "Producer"),
        crew(1, "Lana Wachowski", "Director"),
      ],
    };
    expect(details({ credits }).directors).toEqual(["Lana Wachowski", "Lilly Wachowski"]);
  });

  it("orders the cast by TMDB's order, with profile URLs, and keeps the top ones", () => {
    const many = Array.from({ length: 20 }, (_, order) => cast(`Actor ${order}`, order)).reverse();
    const result = details({ credits: { cast: many, crew: [] } }).cast;
    expect(result).toHaveLength(MAX_CAST);
    expect(result[0]).toEqual({
      name: "Actor 0",
      character: "Actor 0's part",
      profileUrl: "https://image.tmdb.org/t/p/w185/Actor 0.jpg",
    });
    expect(result.at(-1)?.name).toBe(`Actor ${MAX_CAST - 1}`);
  });

  it("gives a null profile URL to someone TMDB has no photo of", () => {
    expect(
      details({ credits: { cast: [cast("Nobody", 0, null)] } }).cast[0]?.profileUrl,
    ).toBeNull();
  });
});

describe("toMovieDetails: trailer", () => {
  const trailerOf = (videos: unknown[], language?: string) =>
    details({ videos: { results: videos } }, language).trailer;

  it("links the YouTube trailer on youtube.com", () => {
    expect(trailerOf([video({ key: "vKQi3bBA1y8" })])).toEqual({
      site: "YouTube",
      key: "vKQi3bBA1y8",
      url: "https://www.youtube.com/watch?v=vKQi3bBA1y8",
    });
  });

  it("escapes the key in the link, so a key with URL syntax cannot change it", () => {
    expect(trailerOf([video({ key: "a&b=c#d" })])).toEqual({
      site: "YouTube",
      key: "a&b=c#d",
      url: "https://www.youtube.com/watch?v=a%26b%3Dc%23d",
    });
  });

  it("prefers an official trailer to a fan upload listed first", () => {
    expect(trailerOf([video({ key: "fan", official: false }), video({ key: "studio" })])?.key).toBe(
      "studio",
    );
  });

  it("prefers a trailer to a teaser, and takes a teaser when there is nothing else", () => {
    expect(
      trailerOf([video({ key: "teaser", type: "Teaser" }), video({ key: "trailer" })])?.key,
    ).toBe("trailer");
    expect(trailerOf([video({ key: "teaser", type: "Teaser" })])?.key).toBe("teaser");
  });

  it("prefers the request's language", () => {
    const videos = [
      video({ key: "fr", iso_639_1: "fr" }),
      video({ key: "en", iso_639_1: "en", official: false }),
    ];
    expect(trailerOf(videos, "en-US")?.key).toBe("en");
    expect(trailerOf(videos, "fr-FR")?.key).toBe("fr");
  });

  it("takes English next, then the film's own language", () => {
    const videos = [
      video({ key: "de", iso_639_1: "de" }),
      video({ key: "en", iso_639_1: "en", official: false }),
    ];
    expect(trailerOf(videos, "ja-JP")?.key).toBe("en");
    expect(trailerOf([video({ key: "fr", iso_639_1: "fr" })], "ja-JP")?.key).toBe("fr");
  });

  it("ignores other sites and other kinds of video", () => {
    const videos = [
      video({ site: "Vimeo" }),
      video({ type: "Clip" }),
      video({ type: "Featurette" }),
    ];
    expect(trailerOf(videos)).toBeNull();
  });
});

describe("toMovieDetails: certification", () => {
  const certificationOf = (...countries: unknown[]) =>
    details({ release_dates: { results: countries } }).certification;

  it("takes the US theatrical release's certification over other US releases'", () => {
    expect(certificationOf(usReleases(["NR", 1], ["PG-13", 3], ["R", 4]))).toBe("PG-13");
  });

  it("trims the spaces TMDB sometimes leaves", () => {
    expect(certificationOf(usReleases(["", 1], ["PG-13  ", 3]))).toBe("PG-13");
  });

  it("falls back to any US release with a certification", () => {
    expect(certificationOf(usReleases(["", 3], [" ", 4], ["NR", 5]))).toBe("NR");
  });

  it("is null when the US has no certification or no entry", () => {
    expect(certificationOf(usReleases(["", 3]))).toBeNull();
    expect(certificationOf({ ...usReleases(["12", 3]), iso_3166_1: "FR" })).toBeNull();
    expect(certificationOf()).toBeNull();
  });
});

describe("toMovieDetails: certification in the configured region", () => {
  const inRegion = (region: string, ...countries: unknown[]) =>
    toMovieDetails(
      movieDetails({ release_dates: { results: countries } }),
      genreName,
      "en-GB",
      region,
    ).certification;
  const gbReleases = (...releases: Array<[string, number]>) => ({
    ...usReleases(...releases),
    iso_3166_1: "GB",
  });

  it("takes the region's own rating, as where to watch is the region's", () => {
    expect(inRegion("GB", usReleases(["PG-13", 3]), gbReleases(["12A", 3]))).toBe("12A");
  });

  it("falls back to the US rating when the region has none", () => {
    expect(inRegion("GB", usReleases(["PG-13", 3]), gbReleases(["", 3]))).toBe("PG-13");
    expect(inRegion("GB", usReleases(["PG-13", 3]))).toBe("PG-13");
  });
});

describe("toMovieDetails: similar", () => {
  it(`maps up to ${MAX_SIMILAR} similar films, leaving out the film itself`, () => {
    const results = [
      listMovie({ id: 603 }),
      ...Array.from({ length: 15 }, (_, i) => listMovie({ id: 1000 + i })),
    ];
    const similar = details({
      similar: { page: 1, results, total_pages: 1, total_results: 16 },
    }).similar;
    expect(similar).toHaveLength(MAX_SIMILAR);
    expect(similar.map((movie) => movie.id)).not.toContain(603);
    expect(similar[0]).toMatchObject({ id: 1000, genres: ["Action", "Science Fiction"] });
  });
});
