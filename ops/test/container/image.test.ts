import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP_IMAGE,
  buildAppImage,
  gitRevision,
  inspectImage,
  pinnedBaseImage,
  SOURCE_URL,
} from "./app-image.js";
import { LoopbackNetwork } from "./loopback.js";
import { ensureContainerTools, podman, run } from "./podman.js";

/**
 * The real Dockerfile, built with podman on a stand-in base image, then run the way
 * Kubernetes runs it (read-only root, a tmpfs at /tmp, no capabilities, no privilege
 * escalation) on a private loopback network, and stopped the way Kubernetes stops it.
 */

const revision = gitRevision();
const container = `netflix-clone-ops-image-${process.pid}`;
const port = 18080;
const base = `http://127.0.0.1:${port}`;
/** A fake credential passed only at run time; it must never show up in the image. */
const runtimeCredential = `ops-test-credential-${process.pid}-${Date.now()}`;
/** The image's own stop budget: SHUTDOWN_TIMEOUT_SECONDS (10) plus margin. */
const stopTimeoutSeconds = 30;

let network: LoopbackNetwork;

beforeAll(async () => {
  ensureContainerTools();
  buildAppImage(revision);
  network = await LoopbackNetwork.open();
  run("podman", ["rm", "--force", container]);
  const started = network.run("podman", [
    "run",
    "--detach",
    `--name=${container}`,
    "--network=host",
    "--read-only",
    "--read-only-tmpfs=false",
    "--tmpfs=/tmp:rw,size=16m",
    "--cap-drop=all",
    "--security-opt=no-new-privileges",
    `--env=PORT=${port}`,
    "--env=CATALOG=offline",
    `--env=TMDB_ACCESS_TOKEN=${runtimeCredential}`,
    APP_IMAGE,
  ]);
  if (started.status !== 0) throw new Error(`podman run: ${started.stderr}`);
});

afterAll(() => {
  run("podman", ["rm", "--force", "--time=0", container]);
  network?.close();
});

describe("the image", () => {
  it("is configured to run node as a numeric non-root user, with a health check", () => {
    const image = inspectImage();
    expect(image.Config.User).toBe("1000:1000");
    expect(image.Config.Entrypoint).toEqual(["node"]);
    expect(image.Config.Cmd).toEqual(["server/dist/main.js"]);
    expect(image.Config.StopSignal).toBe("SIGTERM");
    expect(Object.keys(image.Config.ExposedPorts ?? {})).toEqual(["8080/tcp"]);
    expect(image.Healthcheck?.Test.join(" ")).toContain("/healthz");
  });

  it("carries OCI labels with the git revision and the source repository, on the pinned base", () => {
    const labels = inspectImage().Config.Labels ?? {};
    expect(labels["org.opencontainers.image.revision"]).toBe(revision);
    expect(labels["org.opencontainers.image.source"]).toBe(SOURCE_URL);
    expect(labels["org.opencontainers.image.title"]).toBe("netflix-clone");
    expect(pinnedBaseImage()).toMatch(
      /^docker\.io\/library\/node:20\.\d+\.\d+-bookworm-slim(@sha256:[0-9a-f]{64})?$/,
    );
  });

  it("holds the built server, web app and catalog, and no sources, tests or dev tools", () => {
    const listing = podman(
      "run",
      "--rm",
      "--network=none",
      "--entrypoint=/bin/sh",
      APP_IMAGE,
      "-c",
      "cd /app && for p in server/dist/main.js server/data/catalog.json web/dist/index.html " +
        "node_modules/fastify node_modules/vega-datasets node_modules/typescript " +
        "node_modules/vitest node_modules/vite node_modules/react node_modules/playwright-core " +
        "server/src server/test server/scripts web/src e2e ops .git .env Dockerfile; " +
        'do [ -e "$p" ] && echo "$p"; done; find / -xdev \\( -name .npmrc -o -name ".env*" \\) -print; true',
    );
    expect(listing.trim().split("\n").sort()).toEqual(
      [
        "node_modules/fastify",
        "server/data/catalog.json",
        "server/dist/main.js",
        "web/dist/index.html",
      ].sort(),
    );
  });

  it("keeps the run-time credential out of its history and configuration", () => {
    const history = podman("history", "--no-trunc", "--format=json", APP_IMAGE);
    const config = podman("image", "inspect", APP_IMAGE);
    expect(history).not.toContain(runtimeCredential);
    expect(config).not.toContain(runtimeCredential);
    expect(config).not.toMatch(/TMDB_(ACCESS_TOKEN|API_KEY)=/);
    // The container itself was given it, so the search above could have found it.
    expect(podman("container", "inspect", container)).toContain(runtimeCredential);
  });
});

describe("a container of the image", () => {
  it("becomes ready and serves a search and the home page on loopback", async () => {
    const ready = await network.waitFor200(`${base}/readyz`, 30_000);
    expect(ready.status).toBe(200);

    const search = network.get(`${base}/api/search?q=matrix`);
    expect(search.status).toBe(200);
    const titles = (JSON.parse(search.body) as { results: { title: string }[] }).results.map(
      (film) => film.title,
    );
    expect(titles).toContain("The Matrix");

    const home = network.get(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.type).toMatch(/^text\/html/);
    expect(home.body).toContain('<div id="root">');
  });

  it("reports the revision it was built from", () => {
    const meta = network.get(`${base}/api/meta`);
    expect(JSON.parse(meta.body)).toMatchObject({ source: "offline", version: revision });
  });

  it("runs node as PID 1, as uid 1000, with no capabilities and a read-only root", () => {
    const report = podman(
      "exec",
      container,
      "/bin/sh",
      "-c",
      'id -u; id -g; tr "\\0" " " </proc/1/cmdline; echo; grep -E "^(CapEff|NoNewPrivs):" /proc/1/status; ' +
        "touch /app/x 2>/dev/null && echo app-writable; touch /tmp/x && echo tmp-writable; true",
    );
    const lines = report.trim().split("\n");
    expect(lines.slice(0, 3)).toEqual(["1000", "1000", "node server/dist/main.js "]);
    expect(report).toMatch(/CapEff:\s+0000000000000000/);
    expect(report).toMatch(/NoNewPrivs:\s+1/);
    expect(report).not.toContain("app-writable");
    expect(report).toContain("tmp-writable");
  });

  it("passes its own HEALTHCHECK", () => {
    // From inside the namespace: with host networking, the check runs in the caller's network.
    const check = network.run("podman", ["healthcheck", "run", container]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it("does not log the credential it was given", () => {
    expect(podman("logs", container)).not.toContain(runtimeCredential);
  });

  it("stops cleanly on SIGTERM, well within the grace period", () => {
    const started = Date.now();
    podman("stop", `--time=${stopTimeoutSeconds}`, container);
    const seconds = (Date.now() - started) / 1000;
    const state = JSON.parse(podman("container", "inspect", container))[0].State as {
      ExitCode: number;
      Status: string;
    };
    // A SIGKILL after the timeout would show as exit code 137.
    expect(state).toMatchObject({ Status: "exited", ExitCode: 0 });
    expect(seconds).toBeLessThan(stopTimeoutSeconds / 2);
    expect(podman("logs", container)).toContain('"signal":"SIGTERM"');
  });
});
