import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freePort } from "./support/free-port.js";

const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Runs `src/main.ts` as a real process; sends SIGTERM once it logs `terminateWhen`. */
function runMain(env: Record<string, string>, terminateWhen?: RegExp) {
  return new Promise<{ output: string; code: number | null }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", ...env },
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (terminateWhen?.test(output) && !child.killed) child.kill("SIGTERM");
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
});
