import { readFileSync } from "node:fs";
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IService } from "kubernetes-models/v1/Service";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { policyViolations } from "./policy/index.js";
import { ofKind } from "./policy/objects.js";
import { type K8sObject, OVERLAYS, overlayDir, renderKustomization } from "./render.js";
import { schemaErrors } from "./schema.js";

/**
 * Every overlay renders with kubectl's Kustomize, every object validates against the
 * Kubernetes schema, and our policy finds nothing. Then what makes each overlay itself.
 */

const rendered = Object.fromEntries(
  OVERLAYS.map((name) => [name, renderKustomization(overlayDir(name))]),
) as Record<(typeof OVERLAYS)[number], K8sObject[]>;

const kinds = (objects: K8sObject[]) => objects.map((o) => o.kind).sort();
const settingsOf = (objects: K8sObject[]) =>
  ofKind<IConfigMap>(objects, "ConfigMap").find((m) =>
    m.metadata?.name?.startsWith("netflix-clone-settings-"),
  )?.data ?? {};
const server = (objects: K8sObject[]) =>
  ofKind<IDeployment>(objects, "Deployment").find((d) => d.metadata?.name === "netflix-clone");

describe.each(OVERLAYS)("overlay %s", (name) => {
  const objects = rendered[name];

  it("renders the server, its Service and its policies into one namespace", () => {
    expect(kinds(objects)).toEqual(
      expect.arrayContaining([
        "ConfigMap",
        "Deployment",
        "HorizontalPodAutoscaler",
        "Namespace",
        "NetworkPolicy",
        "PodDisruptionBudget",
        "Service",
        "ServiceAccount",
      ]),
    );
    const namespaced = objects.filter((o) => o.kind !== "Namespace");
    const namespace = objects.find((o) => o.kind === "Namespace")?.metadata.name;
    expect(new Set(namespaced.map((o) => o.metadata.namespace))).toEqual(new Set([namespace]));
  });

  it("validates every object against the Kubernetes schema", async () => {
    expect(await schemaErrors(objects)).toEqual([]);
  });

  it("passes every policy", () => {
    expect(policyViolations(objects)).toEqual([]);
  });
});

describe("what differs between overlays", () => {
  it("dev keeps the names the deploy pipeline (scripts/ci) relies on", () => {
    const dev = rendered.dev;
    const named = (kind: string) => dev.find((o) => o.kind === kind)?.metadata;
    for (const kind of ["Deployment", "Service", "Ingress"]) {
      expect(named(kind)).toMatchObject({ name: "netflix-clone", namespace: "netflix-clone" });
    }
    // `kustomize edit set image netflix-clone=<ref>` must find this entry.
    const kustomization = parse(readFileSync(`${overlayDir("dev")}/kustomization.yaml`, "utf8"));
    expect(kustomization.images.map((image: { name: string }) => image.name)).toEqual([
      "netflix-clone",
    ]);
    const env = server(dev)?.spec?.template.spec?.containers[0]?.env ?? [];
    expect(env.find((v) => v.name === "TMDB_ACCESS_TOKEN")?.valueFrom?.secretKeyRef).toMatchObject({
      name: "tmdb-credentials",
      key: "TMDB_ACCESS_TOKEN",
    });
    // No host rule: the smoke test reaches the ALB by its own DNS name.
    const ingress = dev.find((o) => o.kind === "Ingress")?.spec as { rules: { host?: string }[] };
    expect(ingress.rules.map((rule) => rule.host)).toEqual([undefined]);
  });

  it("dev runs Redis in the cluster and points the server at it", () => {
    const dev = rendered.dev;
    expect(ofKind<IDeployment>(dev, "Deployment").map((d) => d.metadata?.name)).toContain("redis");
    expect(settingsOf(dev).REDIS_URL).toBe("redis://redis:6379");
  });

  it("prod serves TMDB over HTTPS, takes Redis from a Secret and is scraped by Prometheus", () => {
    const prod = rendered.prod;
    expect(settingsOf(prod).CATALOG).toBe("tmdb");
    const ingress = prod.find((o) => o.kind === "Ingress");
    expect(ingress?.metadata.annotations?.["alb.ingress.kubernetes.io/ssl-redirect"]).toBe("443");
    expect(ingress?.spec).toMatchObject({ tls: [{ hosts: ["netflix-clone.example.com"] }] });
    const env = server(prod)?.spec?.template.spec?.containers[0]?.env ?? [];
    expect(env.find((v) => v.name === "REDIS_URL")?.valueFrom?.secretKeyRef?.name).toBe(
      "redis-connection",
    );
    expect(kinds(prod)).toContain("ServiceMonitor");
    expect(kinds(prod)).not.toContain("Secret");
  });

  it("elb replaces the Ingress with a LoadBalancer Service", () => {
    const elb = rendered.elb;
    expect(kinds(elb)).not.toContain("Ingress");
    const service = ofKind<IService>(elb, "Service").find(
      (s) => s.metadata?.name === "netflix-clone",
    );
    expect(service?.spec?.type).toBe("LoadBalancer");
  });

  it("believes X-Forwarded-For only from the ALB's subnets, and never behind a TCP ELB", () => {
    for (const name of ["dev", "prod"] as const) {
      const policy = rendered[name].find((o) => o.kind === "NetworkPolicy")?.spec as {
        ingress: { from: { ipBlock?: { cidr: string } }[] }[];
      };
      const balancerCidrs = policy.ingress[0]?.from.map((peer) => peer.ipBlock?.cidr);
      expect(settingsOf(rendered[name]).TRUST_PROXY?.split(",")).toEqual(balancerCidrs);
    }
    expect(settingsOf(rendered.elb).TRUST_PROXY).toBe("false");
  });

  it("keeps /metrics on its own port, which no load balancer reaches", () => {
    for (const name of OVERLAYS) {
      const container = server(rendered[name])?.spec?.template.spec?.containers[0];
      const metricsPort = container?.ports?.find((p) => p.name === "metrics")?.containerPort;
      expect(metricsPort, name).toBe(9464);
      expect(container?.env?.find((v) => v.name === "METRICS_PORT")?.value, name).toBe(
        String(metricsPort),
      );
    }
    for (const name of ["dev", "prod"] as const) {
      const ingress = rendered[name].find((o) => o.kind === "Ingress")?.spec as {
        rules: { http: { paths: { backend: { service: { port: { name: string } } } }[] } }[];
      };
      const ports = ingress.rules.flatMap((rule) =>
        rule.http.paths.map((path) => path.backend.service.port.name),
      );
      expect(new Set(ports), name).toEqual(new Set(["http"]));
    }
    const balancer = ofKind<IService>(rendered.elb, "Service").find(
      (s) => s.spec?.type === "LoadBalancer",
    );
    expect(balancer?.spec?.ports?.map((p) => p.targetPort)).toEqual(["http"]);
    const monitor = rendered.prod.find((o) => o.kind === "ServiceMonitor")?.spec as {
      endpoints: { port: string; path: string }[];
    };
    expect(monitor.endpoints).toEqual([
      expect.objectContaining({ port: "metrics", path: "/metrics" }),
    ]);
  });

  it("prod runs more and bigger pods than dev", () => {
    const minimum = (objects: K8sObject[]) =>
      ofKind<IHorizontalPodAutoscaler>(objects, "HorizontalPodAutoscaler")[0]?.spec?.minReplicas;
    expect([minimum(rendered.dev), minimum(rendered.prod)]).toEqual([2, 3]);
    const cpu = (objects: K8sObject[]) =>
      server(objects)?.spec?.template.spec?.containers[0]?.resources?.requests?.cpu;
    expect([cpu(rendered.dev), cpu(rendered.prod)]).toEqual(["50m", "250m"]);
  });
});
