import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/repo.js";

/**
 * smoke-test.sh with the real curl and jq against a small HTTP server on loopback that
 * answers like the app (/readyz, /api/meta, /api/search), or like a broken deploy.
 */
interface AppBehaviour {
  ready?: boolean;
  version?: string;
  results?: number;
}

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function fakeApp(behaviour: AppBehaviour): Promise<string> {
  const { ready = true, version = "a".repeat(40), results = 3 } = behaviour;
  const app = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/readyz")
      return ready ? json(200, { status: "ok" }) : json(503, { status: "draining" });
    if (url.pathname === "/api/meta") return json(200, { source: "offline", version });
    if (url.pathname === "/api/search" && url.searchParams.get("q") === "matrix") {
      return json(200, {
        query: "matrix",
        results: Array.from({ length: results }, (_, id) => ({ id })),
      });
    }
    return json(404, { error: { code: "not_found", message: "no route" } });
  });
  server = app;
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
}

function smokeTest(
  env: Record<string, string>,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", [join(REPO_ROOT, "scripts/ci/smoke-test.sh")], {
      env: { PATH: process.env.PATH, POLL_SECONDS: "0", SMOKE_TIMEOUT: "1", ...env },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("smoke-test.sh", () => {
  it("passes when the app is ready, serves the expected revision and finds films", async () => {
    const url = await fakeApp({});
    const result = await smokeTest({ APP_URL: url, EXPECTED_REVISION: "a".repeat(40) });
    expect(result.stderr).toContain("finds 3 films");
    expect(result.status).toBe(0);
  });

  it("fails while /readyz answers 503", async () => {
    const url = await fakeApp({ ready: false });
    const result = await smokeTest({ APP_URL: url });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("/readyz never answered 200");
  });

  it("fails when the old revision still answers", async () => {
    const url = await fakeApp({ version: "b".repeat(40) });
    const result = await smokeTest({ APP_URL: url, EXPECTED_REVISION: "a".repeat(40) });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`does not serve revision ${"a".repeat(40)}`);
  });

  it("fails when a search finds nothing", async () => {
    const url = await fakeApp({ results: 0 });
    const result = await smokeTest({ APP_URL: url });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("returned no films");
  });

  it("fails when nothing listens at the address", async () => {
    const result = await smokeTest({ APP_URL: "http://127.0.0.1:9" });
    expect(result.status).not.toBe(0);
  });
});
