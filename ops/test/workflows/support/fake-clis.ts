import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./repo.js";

/**
 * Stand-ins for the cloud CLIs (aws, kubectl, helm, terraform, kustomize), so the real
 * pipeline scripts can run here without an AWS account. Each stand-in is a small bash
 * script that appends its command line to a shared log, then answers as the test says;
 * a state folder lets answers change over time (a load balancer that disappears after
 * its Ingress is deleted). Everything else the scripts use (bash, jq, curl) is real.
 */
export interface FakeClis {
  dir: string;
  state: string;
  /** Command lines in call order: "kubectl delete ingress netflix-clone ...". */
  calls(): string[];
  run(script: string, env?: Record<string, string>, cwd?: string): RunResult;
  /** Runs a workflow's run: block the way the runner does (bash -e). */
  runInline(run: string, env?: Record<string, string>): RunResult;
  cleanup(): void;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function fakeClis(bodies: Record<string, string>): FakeClis {
  const dir = mkdtempSync(join(tmpdir(), "fake-clis-"));
  const bin = join(dir, "bin");
  const state = join(dir, "state");
  const log = join(dir, "calls.log");
  mkdirSync(bin);
  mkdirSync(state);
  writeFileSync(log, "");
  for (const [name, body] of Object.entries(bodies)) {
    const path = join(bin, name);
    writeFileSync(
      path,
      `#!/usr/bin/env bash\nprintf '%s\\n' "${name} $*" >>"$FAKE_LOG"\nargs="$*"\n${body}\n`,
    );
    chmodSync(path, 0o755);
  }
  const baseEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
    PATH: `${bin}:${process.env.PATH ?? ""}`,
    HOME: dir,
    FAKE_LOG: log,
    FAKE_STATE: state,
    POLL_SECONDS: "0",
    ...env,
  });
  const result = (r: ReturnType<typeof spawnSync>): RunResult => ({
    status: r.status,
    stdout: String(r.stdout),
    stderr: String(r.stderr),
  });
  return {
    dir,
    state,
    calls: () => readFileSync(log, "utf8").split("\n").filter(Boolean),
    run: (script, env = {}, cwd = REPO_ROOT) =>
      result(
        spawnSync("bash", [join(REPO_ROOT, script)], { cwd, env: baseEnv(env), encoding: "utf8" }),
      ),
    runInline: (run, env = {}) =>
      result(
        spawnSync("bash", ["-e", "-c", run], {
          cwd: REPO_ROOT,
          env: baseEnv(env),
          encoding: "utf8",
        }),
      ),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Index of the first call matching, or -1; the last one with `last`. */
export const callIndex = (calls: string[], pattern: RegExp, last = false): number => {
  const indexes = calls.flatMap((call, index) => (pattern.test(call) ? [index] : []));
  return (last ? indexes.at(-1) : indexes[0]) ?? -1;
};
