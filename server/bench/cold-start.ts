import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { freePort } from "../test/support/free-port.js";

/**
 * Milliseconds from spawning `node server/dist/main.js` (offline catalog) to
 * its first 200 from /readyz: what a new replica costs before it takes traffic.
 */
export async function measureColdStart(entry: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CATALOG: "offline",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  try {
    const deadline = started + 15_000;
    while (performance.now() < deadline) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error("the server did not become ready within 15 s");
  } finally {
    // Wait for it to go: a server still shutting down would slow the next run's start.
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
  }
}
