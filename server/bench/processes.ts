import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpus } from "node:os";

/**
 * Child processes for the HTTP benchmarks. With two or more cores the server
 * under test gets core 1 and this process (the load generator) core 0, so
 * they don't fight over one core and the numbers vary less between runs.
 */
export const PINNED = cpus().length >= 2 && spawnSync("taskset", ["--version"]).status === 0;

export function pinThisProcess(): void {
  if (PINNED) spawnSync("taskset", ["-a", "-cp", "0", String(process.pid)], { stdio: "ignore" });
}

export interface Running {
  stop(): Promise<void>;
}

/** Spawns `node <args>` (pinned to core 1 when possible) and waits until `ready` says so. */
export async function startNode(
  args: string[],
  env: Record<string, string>,
  ready: () => Promise<boolean>,
): Promise<Running> {
  const command = PINNED ? "taskset" : process.execPath;
  const commandArgs = PINNED ? ["-c", "1", process.execPath, ...args] : args;
  const child: ChildProcess = spawn(command, commandArgs, {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited early`);
    if (await ready()) {
      return {
        async stop() {
          child.kill("SIGTERM");
          await exited;
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`${args.join(" ")} did not become ready within 30 s`);
}

export async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    async (response) => {
      await response.arrayBuffer();
      return response.ok;
    },
    () => false,
  );
}
