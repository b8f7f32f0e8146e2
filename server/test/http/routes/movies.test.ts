import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOfflineApp } from "../../support/test-apps.js";

describe("GET /api/movies/:id (offline catalog)", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildOfflineApp());
  });
  afterAll(() => app.close());

  const idOf = async (query: string) => {
    const response = await app.inject(`/api/search?q=${encodeURIComponent(query)}`);
    return (response.json() as { results: Array<{ id: number }> }).results[0]?.id;
  };

  it("returns everything the offline catalog knows about a film", async () => {
    const id = await idOf("the matrix 1999");
    const response = await app.inject(`/api/movies/${id}`);
    expect(response.statusCode).toBe(200);
    const movie = response.json();
    expect(movie).toMatchObject({
      id,
      title: "The Matrix",
      year: 1999,
      source: "offline",
      cast: [],
      trailer: null,
      posterUrl: `/api/posters/${id}.svg`,
    });
    expect(movie.directors.length).toBeGreaterThan(0);
    expect(movie.runtime).toBeGreaterThan(100);
    expect(movie.similar.length).toBeGreaterThan(0);
    expect(movie.similar.map((other: { id: number }) => other.id)).not.toContain(id);
  });

  it("answers an unknown id with a 404 JSON error", async () => {
    const response = await app.inject("/api/movies/2147483000");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  it.each(["abc", "0", "-1", "1.5", "01", "12345678901", "%20"])(
    "answers the id %s with a 400 JSON error",
    async (id) => {
      const response = await app.inject(`/api/movies/${id}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("bad_request");
    },
  );

  it("serves the film's generated poster and backdrop as safe SVG", async () => {
    const id = await idOf("matrix");
    for (const kind of ["posters", "backdrops"]) {
      const response = await app.inject(`/api/${kind}/${id}.svg`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^image\/svg\+xml/);
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.body).toMatch(/^<svg|^<\?xml/);
    }
    const poster = await app.inject(`/api/posters/${id}.svg`);
    const backdrop = await app.inject(`/api/backdrops/${id}.svg`);
    for (const response of [poster, backdrop]) {
      expect(response.headers["cache-control"]).toBe("public, max-age=86400");
      expect(response.headers["content-security-policy"]).toBe(
        "default-src 'none'; style-src 'unsafe-inline'",
      );
    }
    expect(poster.body).toContain('viewBox="0 0 500 750"');
    expect(backdrop.body).toContain('viewBox="0 0 1280 720"');
    expect((await app.inject("/api/posters/2147483000.svg")).statusCode).toBe(404);
    expect((await app.inject("/api/posters/abc.svg")).statusCode).toBe(400);
  });
});
