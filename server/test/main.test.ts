import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freePort } from "./support/free-port.js";

const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs `src/main.ts` as a real process; once it logs `terminateWhen`, runs
 * `meanwhile` (requests to the live process), then sends SIGTERM.
 */
function runMain(
  env: Record<string, string>,
  terminateWhen?: RegExp,
  meanwhile: () => Promise<void> = async () => {},
) {
  return new Promise<{ output: string; code: number | null }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", ...env },
    });
    let output = "";
    let terminating = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!terminating && terminateWhen?.test(output)) {
        terminating = true;
        void meanwhile().finally(() => child.kill("SIGTERM"));
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => resolve({ output, code }));
  });
}

describe("main", () => {
  it("stops at start-up with a message naming a bad variable", async () => {
    const { output, code } = await runMain({ PORT: "eighty", CATALOG: "imdb" });
    expect(code).toBe(1);
    expect(output).toContain("PORT: expected a whole number from 0 to 65535");
    expect(output).toContain("CATALOG: expected one of auto, tmdb, offline");
  });

  it("says in its start-up line which catalog serves, then drains and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const { output, code } = await runMain({ PORT: String(port) }, /serving the/);
    expect(output).toMatch(/serving the offline catalog \(\d+ films\)/);
    expect(output).toContain("draining");
    expect(output).toContain('"msg":"stopped"');
    expect(code).toBe(0);
  });

  it("serves /metrics on METRICS_PORT only, not on the app's port, and still drains and exits 0", async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const seen: Array<[string, number, string]> = [];
    const { output, code } = await runMain(
      { PORT: String(port), METRICS_PORT: String(metricsPort) },
      /ready|serving \/metrics on its own port/,
      async () => {
        for (const url of [
          `http://127.0.0.1:${metricsPort}/metrics`,
          `http://127.0.0.1:${port}/metrics`,
          `http://127.0.0.1:${metricsPort}/healthz`,
        ]) {
          const response = await fetch(url);
          seen.push([url, response.status, (await response.text()).slice(0, 200)]);
        }
      },
    );
    expect(code).toBe(0);
    expect(output).toContain("serving /metrics on its own port");
    const [metrics, onAppPort, other] = seen;
    expect(metrics?.[1]).toBe(200);
    expect(metrics?.[2]).toContain("# HELP");
    // An unknown page there, like any other.
    expect(onAppPort?.[1]).toBe(404);
    expect(onAppPort?.[2]).not.toContain("# HELP");
    expect(other?.[1]).toBe(404);
  });
});
