import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IContainer } from "kubernetes-models/v1/Container";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { overlayDir, renderKustomization } from "../k8s/render.js";
import { APP_IMAGE, buildAppImage, gitRevision } from "./app-image.js";
import { LoopbackNetwork } from "./loopback.js";
import { ensureContainerTools, podman, run } from "./podman.js";

/**
 * The dev overlay's server pod, started for real by `podman kube play` from the rendered
 * manifests: the same security context, probes' ports, ConfigMap settings, memory limit
 * and /tmp volume a cluster would apply. Only the image reference is swapped for the
 * freshly built image (the overlay's points at a registry we cannot reach).
 * `podman kube play` understands Deployments and ConfigMaps; Services, the Ingress, the
 * HPA and the policies need a real cluster and are checked by ../k8s instead.
 */

const scratch = mkdtempSync(join(tmpdir(), "netflix-clone-kube-play-"));
const manifestPath = join(scratch, "dev-server.yaml");
let network: LoopbackNetwork;
let serverContainer = "";

beforeAll(async () => {
  ensureContainerTools();
  buildAppImage(gitRevision()); // cached layers when image.test.ts built it already

  const rendered = renderKustomization(overlayDir("dev"));
  const deployment = rendered.find(
    (o) => o.kind === "Deployment" && o.metadata.name === "netflix-clone",
  ) as unknown as IDeployment;
  const server = deployment.spec?.template.spec?.containers[0] as IContainer;
  server.image = APP_IMAGE;
  const configMaps = rendered.filter((o) => o.kind === "ConfigMap");
  writeFileSync(manifestPath, [...configMaps, deployment].map((o) => stringify(o)).join("---\n"));

  network = await LoopbackNetwork.open();
  run("podman", ["kube", "down", manifestPath]);
  // slirp4netns gives the pod its own network namespace, as in a cluster, with the
  // container port published on our private loopback.
  const played = network.run("podman", ["kube", "play", "--network=slirp4netns", manifestPath]);
  if (played.status !== 0) throw new Error(`podman kube play: ${played.stderr}`);
  serverContainer = `${deployment.metadata?.name}-pod-0-${server.name}`;
});

afterAll(() => {
  run("podman", ["kube", "down", manifestPath]);
  network?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the dev overlay's pod under podman kube play", () => {
  it("becomes ready and serves a search and the home page", async () => {
    const ready = await network.waitFor200("http://127.0.0.1:8080/readyz", 30_000);
    expect(ready.status).toBe(200);
    const search = network.get("http://127.0.0.1:8080/api/search?q=casablanca");
    expect(search.status).toBe(200);
    expect(search.body).toContain('"title":"Casablanca"');
    const home = network.get("http://127.0.0.1:8080/");
    expect(home.status).toBe(200);
    expect(home.body).toContain('<div id="root">');
  });

  it("serves /metrics on the metrics port (METRICS_PORT) only, not on the app's port", () => {
    const metrics = network.get("http://127.0.0.1:9464/metrics");
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain("http_requests_total");
    expect(network.get("http://127.0.0.1:8080/metrics").status).toBe(404);
  });

  it("runs with the manifest's security context, limits and settings", () => {
    const [inspected] = JSON.parse(podman("container", "inspect", serverContainer)) as {
      Config: { User: string; Env: string[] };
      HostConfig: { ReadonlyRootfs: boolean; Memory: number; SecurityOpt: string[] };
      EffectiveCaps: string[] | null;
    }[];
    expect(inspected?.Config.User).toBe("1000:1000");
    expect(inspected?.HostConfig.ReadonlyRootfs).toBe(true);
    expect(inspected?.HostConfig.SecurityOpt).toContain("no-new-privileges");
    expect(inspected?.EffectiveCaps ?? []).toEqual([]);
    expect(inspected?.HostConfig.Memory).toBe(384 * 1024 * 1024);
    // From the rendered ConfigMap (dev merges LOG_LEVEL=debug and the Redis URL).
    expect(inspected?.Config.Env).toEqual(
      expect.arrayContaining(["LOG_LEVEL=debug", "REDIS_URL=redis://redis:6379"]),
    );

    const report = podman(
      "exec",
      serverContainer,
      "/bin/sh",
      "-c",
      "id -u; touch /app/x 2>/dev/null && echo app-writable; touch /tmp/x && echo tmp-writable; true",
    );
    expect(report.trim().split("\n")).toEqual(["1000", "tmp-writable"]);
  });
});
