import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./repo.js";

export interface ShellcheckResult {
  ok: boolean;
  output: string;
}

/** Runs the real shellcheck (Debian package, scripts/apt-packages/workflows.txt) on files. */
export function shellcheckFiles(paths: string[]): ShellcheckResult {
  const result = spawnSync("shellcheck", ["--format=gcc", ...paths], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Runs shellcheck on a bash script given as text (a workflow's run: block). */
export function shellcheckSource(source: string): ShellcheckResult {
  const result = spawnSync("shellcheck", ["--format=gcc", "--shell=bash", "-"], {
    cwd: REPO_ROOT,
    input: source,
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
