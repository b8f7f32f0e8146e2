import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { FAULT_QUERIES, type FakeTmdb, startFakeTmdb } from "./fake-tmdb/server.js";
import { freePort } from "./support/free-port.js";

/**
 * The server as a real process (`src/main.ts` under tsx) on the TMDB catalog
 * (the fake, answering after a latency so requests are in flight), taken
 * through start-up and SIGTERM the way Kubernetes does it.
 */

const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));
const TOKEN = "shutdown-token-MUST-NOT-LEAK-3f9d";

interface Server {
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; at: number }>;
}

const cleanup: Array<() => Promise<unknown> | undefined> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function fakeTmdb(latencyMs: number): Promise<FakeTmdb> {
  const tmdb = await startFakeTmdb({ accessToken: TOKEN, latencyMs });
  cleanup.push(() => tmdb.close());
  return tmdb;
}

async function startServer(tmdb: FakeTmdb, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      CATALOG: "tmdb",
      TMDB_ACCESS_TOKEN: TOKEN,
      TMDB_BASE_URL: tmdb.baseUrl,
      API_RATE_LIMIT_PER_MINUTE: "0",
      TMDB_RATE_LIMIT_PER_SECOND: "1000",
      ...env,
    },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once("exit", (code) => resolve({ code, at: Date.now() })),
  );
  cleanup.push(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
    return exited;
  });
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

async function status(url: string): Promise<number | "refused"> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return "refused";
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("timed out waiting");
}

describe("start-up", () => {
  it("is alive at once but not ready until the catalog has warmed up", async () => {
    const tmdb = await fakeTmdb(1500);
    const server = await startServer(tmdb);
    await waitFor(async () => (await status(`${server.url}/healthz`)) === 200);
    expect(await status(`${server.url}/readyz`)).toBe(503);
    await waitFor(async () => (await status(`${server.url}/readyz`)) === 200);
    expect(tmdb.count("/genre/movie/list")).toBe(1);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  });

  it("becomes ready after a bounded wait even when the genre list never answers", async () => {
    const tmdb = await fakeTmdb(0);
    // Set before start: the genre list is the only call made before readiness, and it hangs.
    tmdb.setFault("hang");
    const server = await startServer(tmdb, {
      TMDB_TIMEOUT_MS: "60000",
      TMDB_BUDGET_MS: "1000",
      TMDB_MAX_RETRIES: "0",
    });
    await waitFor(async () => (await status(`${server.url}/healthz`)) === 200);
    await waitFor(async () => (await status(`${server.url}/readyz`)) === 200, 10_000);
    expect(tmdb.count("/genre/movie/list")).toBeGreaterThanOrEqual(1);
    expect(tmdb.requests.every((request) => request.path === "/3/genre/movie/list")).toBe(true);
    tmdb.setFault(undefined);
    expect(server.output()).toContain("using built-in English genre names");
    expect(server.output()).toContain("ready: taking traffic");
  });
});

describe("SIGTERM under load", () => {
  it("turns readiness 503, finishes every request in flight, fails none, and exits 0 in time", async () => {
    const tmdb = await fakeTmdb(300);
    const server = await startServer(tmdb, {
      SHUTDOWN_DELAY_SECONDS: "1",
      SHUTDOWN_TIMEOUT_SECONDS: "10",
    });
    await waitFor(async () => (await status(`${server.url}/readyz`)) === 200);

    // The load balancer: sends until it sees the replica is not ready any more.
    let balancerStopped = false;
    const watcher = (async () => {
      while (!balancerStopped) {
        if ((await status(`${server.url}/readyz`)) !== 200) balancerStopped = true;
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    let sigtermAt = Number.POSITIVE_INFINITY;
    const outcomes: Array<{ started: number; ended: number; status: number | "refused" }> = [];
    let sent = 0;
    let inFlight = 0;
    const worker = async () => {
      while (!balancerStopped) {
        const n = sent++;
        // Half are cached after their first time; half are new and wait on TMDB (300 ms).
        const url = n % 2 === 0 ? "/api/search?q=matrix" : `/api/search?q=film-${n}`;
        const started = Date.now();
        inFlight++;
        const answer = await status(`${server.url}${url}`);
        inFlight--;
        outcomes.push({ started, ended: Date.now(), status: answer });
      }
    };
    const workers = Array.from({ length: 16 }, worker);

    // Counts, not time: a good number answered, and some waiting on TMDB right now.
    await waitFor(async () => outcomes.length >= 60 && inFlight >= 4);
    sigtermAt = Date.now();
    server.child.kill("SIGTERM");
    await Promise.all([...workers, watcher]);
    const { code, at } = await server.exited;

    const failed = outcomes.filter((outcome) => outcome.status !== 200);
    const inFlightAtSigterm = outcomes.filter(
      (outcome) => outcome.started < sigtermAt && outcome.ended > sigtermAt,
    );
    expect(failed).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(60);
    expect(inFlightAtSigterm.length).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(at - sigtermAt).toBeLessThan(10_000);
    expect(server.output()).toContain("draining");
    expect(server.output()).toContain('"msg":"stopped"');
    expect(server.output()).not.toContain(TOKEN);
  });

  it("exits at once on a second signal", async () => {
    const tmdb = await fakeTmdb(0);
    const server = await startServer(tmdb, {
      SHUTDOWN_DELAY_SECONDS: "20",
      SHUTDOWN_TIMEOUT_SECONDS: "30",
    });
    await waitFor(async () => (await status(`${server.url}/readyz`)) === 200);
    server.child.kill("SIGTERM");
    await waitFor(async () => (await status(`${server.url}/readyz`)) === 503);
    const secondAt = Date.now();
    server.child.kill("SIGTERM");
    const { code, at } = await server.exited;
    expect(code).toBe(1);
    expect(at - secondAt).toBeLessThan(5000);
    expect(server.output()).toContain("second signal");
  });

  it("exits 1 at the shutdown deadline when a request in flight never finishes", async () => {
    const tmdb = await fakeTmdb(0);
    const server = await startServer(tmdb, {
      SHUTDOWN_TIMEOUT_SECONDS: "1",
      TMDB_TIMEOUT_MS: "60000",
      TMDB_BUDGET_MS: "120000",
      TMDB_MAX_RETRIES: "0",
    });
    await waitFor(async () => (await status(`${server.url}/readyz`)) === 200);
    const hanging = status(`${server.url}/api/search?q=${FAULT_QUERIES.hang}`);
    await waitFor(async () => tmdb.requests.some((request) => request.path === "/3/search/movie"));
    const sigtermAt = Date.now();
    server.child.kill("SIGTERM");
    const { code, at } = await server.exited;
    await hanging;
    expect(code).toBe(1);
    expect(at - sigtermAt).toBeLessThan(3000);
    expect(server.output()).toContain("drain took too long; exiting anyway");
  });
});
