/**
 * Runs `scripts/terraform/tf-offline.sh` (terraform from the local provider mirror, fake AWS
 * credentials) for the tests, on throwaway copies of `deploy/terraform` so that nothing is
 * written into the checkout and a deliberately broken copy can prove a check fails.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

export const repoRoot = resolve(fileURLToPath(import.meta.url), "../../../../..");
export const terraformRoot = join(repoRoot, "deploy/terraform");
export const offlineScript = join(repoRoot, "scripts/terraform/tf-offline.sh");

/** Every directory with `terraform test` files: the modules and both roots. */
export const testedDirectories = [
  "modules/network",
  "modules/ecr",
  "modules/eks",
  "modules/lb-controller",
  "modules/github-oidc",
  "modules/cache",
  "modules/ecs",
  "modules/observability",
  "bootstrap",
  "envs/dev",
] as const;

export const roots = ["bootstrap", "envs/dev"] as const;

export interface RunResult {
  status: number | null;
  /** stdout and stderr together, as a reader would see them. */
  output: string;
}

/** Runs one tf-offline.sh command; resolves (never rejects) with its exit status and output. */
export function runOffline(args: string[]): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const child = spawn("bash", [offlineScript, ...args], { env: process.env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("close", (status) => resolvePromise({ status, output }));
  });
}

/** Runs `tasks` with at most `limit` at a time (terraform is CPU-bound; we have two cores). */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Copies deploy/terraform into a fresh temp directory, without working data or state. */
export function copyTerraformTree(): { root: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), "tf-offline-"));
  const root = join(parent, "terraform");
  cpSync(terraformRoot, root, {
    recursive: true,
    filter: (source) => {
      const name = basename(source);
      return name !== ".terraform" && name !== ".terraform.lock.hcl" && !name.includes(".tfstate");
    },
  });
  return { root, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/**
 * Replaces `from` with `to` in one file of a copy. The text must occur exactly once, so a
 * refactoring that moves it makes the "broken copy" test fail loudly instead of testing nothing.
 */
export function breakCopy(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  const occurrences = text.split(from).length - 1;
  if (occurrences !== 1) {
    throw new Error(
      `expected exactly one ${JSON.stringify(from)} in ${file}, found ${occurrences}`,
    );
  }
  writeFileSync(path, text.replace(from, to));
}

interface Availability {
  ok: boolean;
  message: string;
}

let availability: Availability | undefined;

/** Whether terraform and the provider mirror are here (asked once per test file). */
export function terraformAvailability(): Availability {
  if (!availability) {
    const result = spawnSync("bash", [offlineScript, "preflight"], { encoding: "utf8" });
    availability = { ok: result.status === 0, message: `${result.stdout}${result.stderr}`.trim() };
  }
  return availability;
}

/**
 * A describe block that needs terraform. Without terraform or the mirror it says so loudly
 * and skips, except on CI (CI=true), where a missing tool is a failure.
 */
export function describeWithTerraform(name: string, body: () => void): void {
  const { ok, message } = terraformAvailability();
  if (ok) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("has terraform and the hashicorp/aws provider mirror", () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n${message}\nSkipping "${name}" (this would fail on CI).\n`);
  describe.skip(name, body);
}
