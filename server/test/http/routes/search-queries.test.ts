import { describe, expect, it } from "vitest";
import type { SearchQuery } from "../../../src/catalog/movie.js";
import { SearchQueries } from "../../../src/http/routes/search-queries.js";

describe("SearchQueries", () => {
  const matrix = (): SearchQuery => ({ text: "matrix", page: 1 });

  it("gives the same frozen query for the same URL, built once", () => {
    const queries = new SearchQueries();
    let builds = 0;
    const build = () => {
      builds++;
      return matrix();
    };
    const first = queries.of("/api/search?q=matrix", build);
    const second = queries.of("/api/search?q=matrix", build);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual(matrix());
    expect(builds).toBe(1);
  });

  it("keeps each URL's own query", () => {
    const queries = new SearchQueries();
    const one = queries.of("/api/search?q=matrix", matrix);
    const two = queries.of("/api/search?q=matrix&page=2", () => ({ ...matrix(), page: 2 }));
    expect(two).not.toBe(one);
    expect(two.page).toBe(2);
  });

  it("keeps only the most recently used URLs", () => {
    const queries = new SearchQueries(2);
    const first = queries.of("/api/search?q=a", matrix);
    queries.of("/api/search?q=b", matrix);
    queries.of("/api/search?q=c", matrix);
    expect(queries.of("/api/search?q=a", matrix)).not.toBe(first);
  });
});
