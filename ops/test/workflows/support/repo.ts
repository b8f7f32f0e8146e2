import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The root of this checkout. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

export const WORKFLOWS_DIR = join(REPO_ROOT, ".github/workflows");
export const CI_SCRIPTS_DIR = join(REPO_ROOT, "scripts/ci");

/** Every workflow file we ship, by file name (ci.yml, deploy.yml, ...). */
export function workflowFiles(): string[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}

/** Every shell script of the pipeline (scripts/ci/*.sh), as paths from the repository root. */
export function ciScripts(): string[] {
  return readdirSync(CI_SCRIPTS_DIR)
    .filter((name) => name.endsWith(".sh"))
    .sort()
    .map((name) => `scripts/ci/${name}`);
}

export const readRepoFile = (path: string): string => readFileSync(join(REPO_ROOT, path), "utf8");
