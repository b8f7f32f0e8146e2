import { describe, expect, it } from "vitest";
import { CatalogNotConfiguredError } from "../../../src/catalog/errors.js";
import { authorize, chooseCredential } from "../../../src/catalog/tmdb/credentials.js";

describe("chooseCredential", () => {
  it("prefers the access token when both are set", () => {
    expect(chooseCredential({ accessToken: "t", apiKey: "k" })).toEqual({
      kind: "access token",
      secret: "t",
    });
  });

  it("uses the API key when it is the only one", () => {
    expect(chooseCredential({ apiKey: "k" })).toEqual({ kind: "api key", secret: "k" });
  });

  it("trims the newline a mounted secret often ends with, and ignores blank values", () => {
    expect(chooseCredential({ accessToken: "  \n", apiKey: "k\n" })).toEqual({
      kind: "api key",
      secret: "k",
    });
  });

  it("refuses to start without any credential", () => {
    expect(() => chooseCredential({})).toThrow(CatalogNotConfiguredError);
  });
});

describe("authorize", () => {
  it("sends an access token as a Bearer header, not in the URL", () => {
    const url = new URL("https://api.example/3/search/movie");
    const headers = new Headers();
    authorize({ kind: "access token", secret: "t" }, url, headers);
    expect(headers.get("authorization")).toBe("Bearer t");
    expect(url.searchParams.has("api_key")).toBe(false);
  });

  it("sends an API key as the api_key parameter, not as a header", () => {
    const url = new URL("https://api.example/3/search/movie");
    const headers = new Headers();
    authorize({ kind: "api key", secret: "k" }, url, headers);
    expect(url.searchParams.get("api_key")).toBe("k");
    expect(headers.has("authorization")).toBe(false);
  });
});
