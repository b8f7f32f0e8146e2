import { describe, expect, it } from "vitest";
import { buildUrl, redactUrl } from "../../../src/catalog/tmdb/request-url.js";

describe("buildUrl", () => {
  it("keeps the base URL's /3 version prefix, with or without a trailing slash", () => {
    expect(buildUrl("https://api.themoviedb.org/3", "/search/movie", {}).toString()).toBe(
      "https://api.themoviedb.org/3/search/movie",
    );
    expect(buildUrl("https://api.themoviedb.org/3/", "/movie/603", {}).pathname).toBe(
      "/3/movie/603",
    );
  });

  it("encodes parameters and leaves out undefined ones", () => {
    const url = buildUrl("http://127.0.0.1:1/3", "/search/movie", {
      query: "Amélie & Nino",
      page: 2,
      include_adult: false,
      year: undefined,
    });
    expect(url.searchParams.get("query")).toBe("Amélie & Nino");
    expect(url.searchParams.get("page")).toBe("2");
    expect(url.searchParams.get("include_adult")).toBe("false");
    expect(url.searchParams.has("year")).toBe(false);
  });
});

describe("redactUrl", () => {
  it("strips api_key and keeps the rest", () => {
    const url = new URL("https://api.themoviedb.org/3/search/movie?query=x&api_key=SECRET&page=1");
    expect(redactUrl(url)).toBe("https://api.themoviedb.org/3/search/movie?query=x&page=1");
    expect(url.searchParams.get("api_key")).toBe("SECRET");
  });
});
