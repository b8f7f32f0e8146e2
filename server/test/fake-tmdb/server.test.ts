import { Agent, request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { DEFAULT_FAKE_API_KEY, FAULT_QUERIES, startFakeTmdb } from "./server.js";
import { KEY, TOKEN, useFakeTmdb } from "./use-fake-tmdb.js";

const { fake, get } = useFakeTmdb();

describe("the fake TMDB: authentication", () => {
  it("answers 401 code 7 without a credential, with TMDB's body", async () => {
    const response = await get("/search/movie?query=matrix", {});
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({
      status_code: 7,
      status_message: "Invalid API key: You must be granted a valid key.",
      success: false,
    });
  });

  it("accepts the token as Bearer and the key as api_key, and neither in the other's place", async () => {
    expect((await get("/configuration")).status).toBe(200);
    expect((await get(`/configuration?api_key=${KEY}`, {})).status).toBe(200);
    expect((await get(`/configuration?api_key=${TOKEN}`, {})).status).toBe(401);
    expect((await get("/configuration", { Authorization: `Bearer ${KEY}` })).status).toBe(401);
    expect((await get("/configuration", { Authorization: "Bearer wrong" })).status).toBe(401);
  });

  it("uses default credentials when given none", async () => {
    const other = await startFakeTmdb();
    const response = await fetch(`${other.baseUrl}/configuration?api_key=${DEFAULT_FAKE_API_KEY}`);
    expect(response.status).toBe(200);
    await other.close();
  });

  it("records each request's path, query and authorization", async () => {
    fake().requests.length = 0;
    await get("/search/movie?query=jaws&page=1");
    expect(fake().requests).toEqual([
      {
        method: "GET",
        path: "/3/search/movie",
        query: { query: "jaws", page: "1" },
        authorization: `Bearer ${TOKEN}`,
        accept: "*/*",
      },
    ]);
  });
});

describe("the fake TMDB: reference data and lists", () => {
  it("serves the genre list and the configuration", async () => {
    expect((await get("/genre/movie/list")).json().genres).toContainEqual({
      id: 878,
      name: "Science Fiction",
    });
    expect((await get("/configuration")).json().images.secure_base_url).toBe(
      "https://image.tmdb.org/t/p/",
    );
  });

  it("serves popular, trending and discover lists", async () => {
    expect((await get("/movie/popular")).json().results[0].id).toBe(872585);
    expect((await get("/trending/movie/week")).json().results[0].media_type).toBe("movie");
    const animated = (await get("/discover/movie?with_genres=16,10751")).json().results;
    expect(animated.map((r: { id: number }) => r.id).sort()).toEqual([129, 862]);
  });

  it("answers unknown paths with 404 code 34", async () => {
    expect((await get("/tv/popular")).status).toBe(404);
    expect((await fetch(fake().baseUrl.replace("/3", "/4/search/movie"))).status).toBe(404);
  });
});

describe("the fake TMDB: shutting down", () => {
  it("closes promptly despite a slow request in flight and an idle keep-alive socket", async () => {
    const other = await startFakeTmdb({ accessToken: TOKEN });
    const url = new URL(`${other.baseUrl}/configuration`);
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      httpRequest(url, { agent, headers: { Authorization: `Bearer ${TOKEN}` } }, (response) => {
        response.resume();
        response.on("end", resolve);
      })
        .on("error", reject)
        .end();
    });
    const slow = fetch(`${other.baseUrl}/search/movie?query=${FAULT_QUERIES.slow}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await slow).toBeInstanceOf(Error);
    await other.close();
    agent.destroy();
  });

  it("answers a slow request after its delay when nobody gives up", async () => {
    const other = await startFakeTmdb({ accessToken: TOKEN, slowDelayMs: 30 });
    const response = await fetch(`${other.baseUrl}/search/movie?query=${FAULT_QUERIES.slow}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    await other.close();
  });
});
