import { describe, expect, it } from "vitest";
import { isApiPath, originForm } from "../../src/http/request-path.js";

describe("the request target in origin form", () => {
  it("keeps an origin-form target as it is", () => {
    expect(originForm("/api/search?q=heat")).toBe("/api/search?q=heat");
  });

  it("drops the scheme and authority of an absolute-form target", () => {
    expect(originForm("http://127.0.0.1:8080/api/search?q=heat")).toBe("/api/search?q=heat");
    expect(originForm("HTTPS://example.com")).toBe("/");
    expect(originForm("http://example.com?q=1")).toBe("/?q=1");
  });

  it("leaves anything else to the router, which refuses it", () => {
    expect(originForm("*")).toBe("*");
    expect(originForm("ftp://example.com/api/x")).toBe("ftp://example.com/api/x");
  });
});

describe("API paths", () => {
  it("are /api and below it, in any case", () => {
    for (const path of ["/api", "/api/", "/api/movies/1", "/API/movies/1", "/api?q=1"]) {
      expect(isApiPath(path), path).toBe(true);
    }
    for (const path of ["/", "/apiary", "/search", "/movie/1"]) {
      expect(isApiPath(path), path).toBe(false);
    }
  });
});
