import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Podman as our machines can run it: no Docker engine, no Docker Hub, a VM whose cgroups
 * and limits need a few settings (docs: ../shared/docs/environment.md). Everything lives
 * in one work directory of its own, so these tests never touch another podman user's
 * images or containers, and the slow parts (the Debian root filesystem, the base image,
 * the build cache) survive between local runs.
 */

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const WORK_DIR =
  process.env.NETFLIX_CLONE_PODMAN_DIR ?? join(tmpdir(), "netflix-clone-podman");

const CONTAINERS_CONF = join(WORK_DIR, "containers.conf");
const STORAGE_CONF = join(WORK_DIR, "storage.conf");

/** Settings this VM needs: no CAP_SYS_RESOURCE for podman's default ulimits, runc not crun. */
function writeConfiguration(): void {
  mkdirSync(WORK_DIR, { recursive: true });
  writeFileSync(
    CONTAINERS_CONF,
    [
      "[containers]",
      'default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]',
      'netns = "none"',
      "[engine]",
      'runtime = "runc"',
      'cgroup_manager = "cgroupfs"',
      'events_logger = "file"',
      "",
    ].join("\n"),
  );
  writeFileSync(
    STORAGE_CONF,
    [
      "[storage]",
      'driver = "overlay"',
      `runroot = "${join(WORK_DIR, "run")}"`,
      `graphroot = "${join(WORK_DIR, "storage")}"`,
      "",
    ].join("\n"),
  );
}

export const podmanEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  CONTAINERS_CONF,
  CONTAINERS_STORAGE_CONF: STORAGE_CONF,
});

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never throws, so a test can assert on a failure too. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): Result {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: podmanEnv(),
    ...options,
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: String(result.stdout ?? ""),
    stderr: String(result.stderr ?? ""),
  };
}

/** Runs a command that must succeed and returns its standard output. */
export function runOk(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}\n${result.stderr.slice(-4000)}`,
    );
  }
  return result.stdout;
}

export const podman = (...args: string[]) => runOk("podman", args);

/**
 * The Debian packages these tests need, from scripts/apt-packages/container.txt, which
 * scripts/test.sh installs; run alone (`npm run test -w ops`), the tests install what is
 * missing themselves and say so.
 */
export function ensureContainerTools(): void {
  const listFile = join(REPO_ROOT, "scripts/apt-packages/container.txt");
  const wanted = readFileSync(listFile, "utf8")
    .split("\n")
    .flatMap((line) => line.replace(/#.*/, "").trim().split(/\s+/))
    .filter(Boolean);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own field syntax
  const statusFormat = "-f=${Status}";
  const missing = wanted.filter(
    (name) =>
      !run("dpkg-query", ["-W", statusFormat, name]).stdout.includes("install ok installed"),
  );
  if (missing.length > 0) {
    process.stderr.write(
      `container tests: installing ${missing.join(", ")} from Debian (podman builds and runs the image; mmdebstrap makes its base)\n`,
    );
    runOk("apt-get", ["update", "-qq"]);
    runOk("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  writeConfiguration();
}
