import { describe, expect, it } from "vitest";
import {
  browsePageSchema,
  catalogMetaSchema,
  errorEnvelopeSchema,
  SEARCH_SORTS,
  searchPageSchema,
} from "../src/index.js";
import { offlineSummary, tmdbDetails } from "./sample-answers.js";

const page = {
  query: "matrix",
  page: 1,
  totalPages: 1,
  totalResults: 1,
  results: [offlineSummary],
};

describe("searchPageSchema", () => {
  it("accepts a page, with or without a correction and suggestions", () => {
    expect(searchPageSchema.safeParse(page).success).toBe(true);
    const corrected = { ...page, correctedQuery: "the matrix", suggestions: ["the matrix"] };
    expect(searchPageSchema.parse(corrected)).toEqual(corrected);
  });

  it("rejects page 0 and a result that is not a film", () => {
    expect(searchPageSchema.safeParse({ ...page, page: 0 }).success).toBe(false);
    expect(searchPageSchema.safeParse({ ...page, results: [{ id: 1 }] }).success).toBe(false);
  });
});

describe("browsePageSchema", () => {
  it("accepts a billboard film with rows, and no billboard at all", () => {
    const rows = [{ id: "genre-878", title: "Science Fiction", movies: [offlineSummary] }];
    expect(browsePageSchema.safeParse({ featured: tmdbDetails, rows }).success).toBe(true);
    expect(browsePageSchema.safeParse({ featured: null, rows: [] }).success).toBe(true);
  });

  it("rejects a billboard that is a summary only (the billboard shows details)", () => {
    expect(browsePageSchema.safeParse({ featured: offlineSummary, rows: [] }).success).toBe(false);
  });
});

describe("catalogMetaSchema and errorEnvelopeSchema", () => {
  it("accept what /api/meta and a failure answer", () => {
    expect(catalogMetaSchema.safeParse({ source: "offline", version: "dev" }).success).toBe(true);
    const notFound = { error: { code: "not_found", message: "No film with id 7" } };
    expect(errorEnvelopeSchema.parse(notFound)).toEqual(notFound);
  });

  it("reject an unknown catalog and an error without a message", () => {
    expect(catalogMetaSchema.safeParse({ source: "imdb", version: "dev" }).success).toBe(false);
    expect(errorEnvelopeSchema.safeParse({ error: { code: "not_found" } }).success).toBe(false);
  });
});

describe("SEARCH_SORTS", () => {
  it("starts with relevance, the API's default order", () => {
    expect(SEARCH_SORTS[0]).toBe("relevance");
  });
});
