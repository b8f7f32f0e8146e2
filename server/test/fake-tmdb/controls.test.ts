import { describe, expect, it } from "vitest";
import { startFakeTmdb } from "./server.js";

const TOKEN = "controls-token";
const headers = { Authorization: `Bearer ${TOKEN}` };

async function status(url: string): Promise<number | "refused"> {
  try {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return "refused";
  }
}

describe("the fake TMDB: controls for fault tests", () => {
  it("fails every request with a fault until told to recover, or only the next few", async () => {
    const fake = await startFakeTmdb({ accessToken: TOKEN });
    const search = `${fake.baseUrl}/search/movie?query=matrix`;
    fake.setFault("status_503");
    expect([await status(search), await status(`${fake.baseUrl}/movie/603`)]).toEqual([503, 503]);
    fake.setFault(undefined);
    expect(await status(search)).toBe(200);
    fake.setFault("status_500", { times: 2 });
    expect([await status(search), await status(search), await status(search)]).toEqual([
      500, 500, 200,
    ]);
    expect(fake.count("/search/movie")).toBe(5);
    await fake.close();
  });

  it("still authenticates first, as TMDB does", async () => {
    const fake = await startFakeTmdb({ accessToken: TOKEN });
    fake.setFault("status_503");
    const response = await fetch(`${fake.baseUrl}/configuration`);
    expect(response.status).toBe(401);
    await fake.close();
  });

  it("delays every answer by the latency it is given", async () => {
    const fake = await startFakeTmdb({ accessToken: TOKEN, latencyMs: 150 });
    const started = Date.now();
    expect(await status(`${fake.baseUrl}/configuration`)).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await fake.close();
  });

  it("refuses connections while suspended and answers again on the same port after resume", async () => {
    const fake = await startFakeTmdb({ accessToken: TOKEN });
    const url = `${fake.baseUrl}/configuration`;
    await fake.suspend();
    expect(await status(url)).toBe("refused");
    await fake.resume();
    expect(await status(url)).toBe(200);
    await fake.close();
  });

  it("counts the TCP connections clients open", async () => {
    const fake = await startFakeTmdb({ accessToken: TOKEN, latencyMs: 100 });
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => status(`${fake.baseUrl}/search/movie?query=${i}`)),
    );
    expect(fake.connections.total).toBeGreaterThanOrEqual(1);
    expect(fake.connections.peak).toBeGreaterThanOrEqual(1);
    expect(fake.connections.peak).toBeLessThanOrEqual(5);
    await fake.close();
  });
});
