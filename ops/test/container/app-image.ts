import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT, run, runOk, WORK_DIR } from "./podman.js";

/** The tag these tests give the app image (local storage only, never pushed). */
export const APP_IMAGE = "localhost/netflix-clone:ops-test";

const DOCKERFILE = join(REPO_ROOT, "Dockerfile");
const STANDIN_SCRIPT = fileURLToPath(new URL("./node-standin.sh", import.meta.url));

/** The base image the Dockerfile pins (`FROM <image> AS base`), which the stand-in must match. */
export function pinnedBaseImage(): string {
  const match = /^FROM (\S+) AS base$/m.exec(readFileSync(DOCKERFILE, "utf8"));
  if (!match?.[1]) throw new Error("the Dockerfile has no `FROM <image> AS base` line");
  return match[1];
}

/** What the pipeline passes as SOURCE_URL (the org.opencontainers.image.source label). */
export const SOURCE_URL = "https://github.com/acme/netflix-clone";

export function gitRevision(): string {
  const result = run("git", ["rev-parse", "HEAD"], { cwd: REPO_ROOT });
  return result.status === 0 ? result.stdout.trim() : "unknown";
}

/**
 * Builds the project's Dockerfile, unchanged, from the repository root: first the
 * stand-in for its Node base image (node-standin.sh), then the image itself with
 * `--pull=never` so nothing but that stand-in can be used as the base. The build log goes
 * to WORK_DIR/build.log; a failure shows its end.
 *
 * `--network host` lets `RUN npm ci` reach the npm registry. `--format docker` because
 * the OCI image format has no HEALTHCHECK field and buildah would drop it (BuildKit keeps it).
 */
export function buildAppImage(revision: string): void {
  runOk("bash", [STANDIN_SCRIPT, pinnedBaseImage(), WORK_DIR], { stdio: "inherit" });
  podmanBuild(revision, []);
  // buildah 1.28 (Debian 12's) reuses a cached `ENV GIT_REVISION=${GIT_REVISION}` layer
  // from an earlier build with another revision: it keys the cache on the instruction's
  // text, not its expanded value (BuildKit and Docker's builder do not). Rebuild without
  // the cache then; a fresh machine, as in CI, never gets here.
  if (!inspectImage().Config.Env?.includes(`GIT_REVISION=${revision}`)) {
    podmanBuild(revision, ["--no-cache"]);
  }
}

function podmanBuild(revision: string, extraArgs: string[]): void {
  const logPath = join(WORK_DIR, "build.log");
  const log = openSync(logPath, "w");
  try {
    const result = run(
      "podman",
      [
        "build",
        "--pull=never",
        "--network=host",
        "--format=docker",
        `--build-arg=GIT_REVISION=${revision}`,
        `--build-arg=SOURCE_URL=${SOURCE_URL}`,
        `--tag=${APP_IMAGE}`,
        ...extraArgs,
        REPO_ROOT,
      ],
      { stdio: ["ignore", log, log] },
    );
    if (result.status !== 0) {
      const tail = readFileSync(logPath, "utf8").split("\n").slice(-40).join("\n");
      throw new Error(`podman build failed (log: ${logPath}):\n${tail}`);
    }
  } finally {
    closeSync(log);
  }
}

/** The image's configuration and history as podman reports them. */
export function inspectImage(): ImageReport {
  const [image] = JSON.parse(runOk("podman", ["image", "inspect", APP_IMAGE])) as ImageReport[];
  if (!image) throw new Error(`no image ${APP_IMAGE}`);
  return image;
}

export interface ImageReport {
  Config: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[];
    Cmd?: string[];
    Labels?: Record<string, string>;
    StopSignal?: string;
    ExposedPorts?: Record<string, unknown>;
  };
  Healthcheck?: { Test: string[] };
  History: { created_by?: string }[];
}
