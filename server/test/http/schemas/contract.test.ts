import {
  browsePageSchema,
  catalogMetaSchema,
  errorEnvelopeSchema,
  movieDetailsSchema,
  searchPageSchema,
} from "@netflix-clone/contract";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp, buildTmdbApp, type TmdbTestApp } from "../../support/test-apps.js";

/**
 * The web reads every answer through the contract's types, so what the server
 * really sends must satisfy the contract's schemas, on both catalogs. The
 * serializer validates with the same schemas; this reads the answers as the
 * web gets them, off the wire.
 */
async function expectAnswersFollowTheContract(app: FastifyInstance) {
  const search = await app.inject("/api/search?q=matrix");
  const page = searchPageSchema.parse(search.json());
  expect(page.results.length).toBeGreaterThan(0);

  const firstId = page.results[0]?.id;
  const details = movieDetailsSchema.parse((await app.inject(`/api/movies/${firstId}`)).json());
  expect(details.id).toBe(firstId);

  const browse = browsePageSchema.parse((await app.inject("/api/browse")).json());
  expect(browse.rows.length).toBeGreaterThan(0);

  const meta = catalogMetaSchema.parse((await app.inject("/api/meta")).json());
  expect(meta.source).toBe(details.source);

  const missing = await app.inject("/api/movies/2147483000");
  expect(missing.statusCode).toBe(404);
  expect(errorEnvelopeSchema.parse(missing.json()).error.code).toBe("not_found");
  const bad = await app.inject("/api/search?q=");
  expect(bad.statusCode).toBe(400);
  expect(errorEnvelopeSchema.parse(bad.json()).error.code).toBe("bad_request");
}

describe("the public contract, as served", () => {
  let tmdb: TmdbTestApp;
  beforeAll(async () => {
    tmdb = await buildTmdbApp({ serverToken: "contract-test-token" });
  });
  afterAll(() => tmdb.close());

  it("holds for every answer of the offline catalog", async () => {
    const { app } = await buildOfflineApp();
    await expectAnswersFollowTheContract(app);
    await app.close();
  });

  it("holds for every answer of the TMDB catalog", async () => {
    await expectAnswersFollowTheContract(tmdb.app);
  });

  it("names the contract's DTOs in the OpenAPI document", async () => {
    // The ids come from the contract's `.meta({ id })`; they only reach the
    // document when the contract and the server share one zod (one registry).
    const { app } = await buildOfflineApp();
    const document = (await app.inject("/api/openapi.json")).json();
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        "MovieSummary",
        "MovieDetails",
        "SearchPage",
        "BrowsePage",
        "WatchProviders",
        "Error",
      ]),
    );
    await app.close();
  });
});
