import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { policyViolations } from "./policy/index.js";
import { type K8sObject, overlayDir, renderKustomization } from "./render.js";
import { schemaErrors } from "./schema.js";

/**
 * Proof that the checks in overlays.test.ts can fail: each case breaks a copy of the dev
 * overlay in one way and expects the policy (or the schema) to name the breakage.
 */

const scratch = mkdtempSync(join(tmpdir(), "netflix-clone-k8s-broken-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Renders the real dev overlay plus one JSON patch on the server Deployment, through
 * kubectl's Kustomize: the broken manifest is what `kubectl apply -k` would get.
 */
function renderDevWithPatch(name: string, operations: object[]): K8sObject[] {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    // Kustomize accepts only relative paths to other kustomizations.
    resources: [relative(dir, overlayDir("dev"))],
    patches:
      operations.length === 0
        ? []
        : [
            {
              target: { kind: "Deployment", name: "netflix-clone" },
              patch: JSON.stringify(operations),
            },
          ],
  };
  writeFileSync(join(dir, "kustomization.yaml"), JSON.stringify(kustomization));
  return renderKustomization(dir);
}

const container = "/spec/template/spec/containers/0";

describe("a manifest broken with a Kustomize patch fails the policy", () => {
  it("the unbroken copy passes (the cases below fail for their own reason)", () => {
    expect(policyViolations(renderDevWithPatch("unbroken", []))).toEqual([]);
  });

  it.each([
    [
      "no readiness probe",
      [{ op: "remove", path: `${container}/readinessProbe` }],
      "has no readinessProbe",
    ],
    [
      "no liveness probe",
      [{ op: "remove", path: `${container}/livenessProbe` }],
      "has no livenessProbe",
    ],
    [
      "no startup probe",
      [{ op: "remove", path: `${container}/startupProbe` }],
      "has no startup probe",
    ],
    [
      "liveness on the readiness path",
      [{ op: "replace", path: `${container}/livenessProbe/httpGet/path`, value: "/readyz" }],
      "liveness probe must GET /healthz",
    ],
    [
      "no container security context",
      [{ op: "remove", path: `${container}/securityContext` }],
      "readOnlyRootFilesystem must be true",
    ],
    [
      "privilege escalation allowed",
      [
        {
          op: "replace",
          path: `${container}/securityContext/allowPrivilegeEscalation`,
          value: true,
        },
      ],
      "allowPrivilegeEscalation must be false",
    ],
    [
      "root user",
      [
        { op: "replace", path: `${container}/securityContext/runAsUser`, value: 0 },
        { op: "replace", path: "/spec/template/spec/securityContext/runAsUser", value: 0 },
      ],
      "runAsUser must be a numeric non-root user",
    ],
    [
      "capabilities kept",
      [{ op: "remove", path: `${container}/securityContext/capabilities` }],
      "capabilities must drop ALL",
    ],
    [
      "no resources",
      [{ op: "remove", path: `${container}/resources` }],
      "resources.requests.cpu is not set",
    ],
    [
      "a replica count beside the HPA",
      [{ op: "add", path: "/spec/replicas", value: 3 }],
      "sets replicas although HorizontalPodAutoscaler/netflix-clone owns the count",
    ],
    [
      "a grace period shorter than preStop plus drain",
      [{ op: "replace", path: "/spec/template/spec/terminationGracePeriodSeconds", value: 20 }],
      "terminationGracePeriodSeconds 20 must be at least 30",
    ],
    [
      "no preStop pause",
      [{ op: "remove", path: `${container}/lifecycle` }],
      "needs a preStop `sleep N`",
    ],
    [
      "a rollout that may drop a pod",
      [{ op: "replace", path: "/spec/strategy/rollingUpdate/maxUnavailable", value: 1 }],
      "rollingUpdate.maxUnavailable must be 0",
    ],
    [
      "no writable /tmp",
      [{ op: "remove", path: `${container}/volumeMounts` }],
      "needs an emptyDir mounted at /tmp",
    ],
    [
      "an inline TMDB token",
      [
        {
          op: "replace",
          path: `${container}/env/1`,
          value: { name: "TMDB_ACCESS_TOKEN", value: "eyJhbGciOiJIUzI1NiJ9.inline" },
        },
      ],
      "TMDB_ACCESS_TOKEN is set inline",
    ],
    [
      "METRICS_PORT apart from the metrics containerPort",
      [
        {
          op: "replace",
          path: `${container}/env/0`,
          value: { name: "METRICS_PORT", value: "9100" },
        },
      ],
      "METRICS_PORT 9100 is not the metrics containerPort 9464",
    ],
    [
      "no METRICS_PORT (/metrics on the load-balanced port)",
      [{ op: "remove", path: `${container}/env/0` }],
      "METRICS_PORT is not set, so /metrics is served on the http port",
    ],
    [
      "the latest image",
      [{ op: "replace", path: `${container}/image`, value: "netflix-clone:latest" }],
      "uses the latest tag",
    ],
    [
      "an untagged image",
      [{ op: "replace", path: `${container}/image`, value: "registry.example/netflix-clone" }],
      "has no tag",
    ],
    [
      "pods labelled apart from their selector",
      [
        {
          op: "replace",
          path: "/spec/template/metadata/labels/app.kubernetes.io~1name",
          value: "other",
        },
      ],
      "selector does not match its pod labels",
    ],
  ])("%s", (name, operations, expected) => {
    const violations = policyViolations(renderDevWithPatch(name.replaceAll(" ", "-"), operations));
    expect(violations.join("\n")).toContain(expected);
  });
});

describe("rendered objects changed in place fail the policy or the schema", () => {
  const dev = (): K8sObject[] => structuredClone(renderKustomization(overlayDir("dev")));
  const find = (objects: K8sObject[], kind: string, name = "netflix-clone") => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    if (!found) throw new Error(`no ${kind}/${name} in the dev overlay`);
    return found as K8sObject & { spec: Record<string, unknown> };
  };

  it.each<[string, (objects: K8sObject[]) => void, string]>([
    [
      "a Secret among the manifests",
      (objects) =>
        objects.push({
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: "tmdb-credentials", labels: {} },
          stringData: { TMDB_ACCESS_TOKEN: "x" },
        }),
      "Secret/tmdb-credentials: secrets are created outside the manifests",
    ],
    [
      "a Redis password in the ConfigMap",
      (objects) => {
        const settings = objects.find((o) => o.kind === "ConfigMap") as K8sObject & {
          data: Record<string, string>;
        };
        settings.data.REDIS_URL = "rediss://:hunter2@cache.internal:6379";
      },
      "REDIS_URL is a URL with a password in it",
    ],
    [
      "an HPA that may scale to one pod",
      (objects) => {
        find(objects, "HorizontalPodAutoscaler").spec.minReplicas = 1;
      },
      "minReplicas must be at least 2",
    ],
    [
      "a disruption budget that blocks drains",
      (objects) => {
        const budget = find(objects, "PodDisruptionBudget");
        delete budget.spec.maxUnavailable;
        budget.spec.minAvailable = 2;
      },
      "minAvailable 2 blocks every drain of 2 pods",
    ],
    [
      "a Service that selects nothing",
      (objects) => {
        find(objects, "Service").spec.selector = { "app.kubernetes.io/name": "reelhose" };
      },
      "Service/netflix-clone: selects no pods",
    ],
    [
      "an ALB health check on the wrong path",
      (objects) => {
        const annotations = find(objects, "Ingress").metadata.annotations ?? {};
        annotations["alb.ingress.kubernetes.io/healthcheck-path"] = "/";
      },
      "alb.ingress.kubernetes.io/healthcheck-path=/readyz",
    ],
    [
      "a pod no NetworkPolicy covers",
      (objects) => {
        objects.splice(objects.indexOf(find(objects, "NetworkPolicy", "redis")), 1);
      },
      "Deployment/redis: not covered by an Ingress and Egress NetworkPolicy",
    ],
    [
      "a namespace without the restricted standard",
      (objects) => {
        const namespace = objects.find((o) => o.kind === "Namespace");
        delete namespace?.metadata.labels?.["pod-security.kubernetes.io/enforce"];
      },
      "must enforce the restricted Pod Security Standard",
    ],
    [
      "an object without the app labels",
      (objects) => {
        find(objects, "ServiceAccount").metadata.labels = {};
      },
      "ServiceAccount/netflix-clone: missing label app.kubernetes.io/part-of=netflix-clone",
    ],
  ])("%s", (_name, breakIt, expected) => {
    const objects = dev();
    breakIt(objects);
    expect(policyViolations(objects).join("\n")).toContain(expected);
  });

  it("the policy rejects a load balancer that reaches the metrics port", () => {
    const objects = dev();
    const ingress = find(objects, "Ingress").spec as {
      rules: { http: { paths: { backend: { service: { port: { name: string } } } }[] } }[];
    };
    const backend = ingress.rules[0]?.http.paths[0]?.backend.service;
    if (backend) backend.port = { name: "metrics" };
    expect(policyViolations(objects).join("\n")).toContain(
      "Ingress/netflix-clone: the load balancer routes to Service port metrics, not to the server's http port",
    );

    const elb = structuredClone(renderKustomization(overlayDir("elb")));
    (find(elb, "Service").spec as { ports: object[] }).ports.push({
      name: "metrics",
      port: 9464,
      targetPort: "metrics",
    });
    expect(policyViolations(elb).join("\n")).toContain(
      "Service/netflix-clone: a LoadBalancer Service exposes port metrics",
    );
  });

  it("the schema rejects a wrong type, a missing required field and an unknown kind", async () => {
    const objects = dev();
    const container = (
      find(objects, "Deployment").spec as {
        template: { spec: { containers: { ports: object[] }[] } };
      }
    ).template.spec.containers[0];
    if (container) container.ports = [{ containerPort: "eighty" }];
    delete find(objects, "Service", "redis").spec.ports;
    delete (find(objects, "HorizontalPodAutoscaler").spec as { scaleTargetRef?: unknown })
      .scaleTargetRef;
    objects.push({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } });
    const errors = (await schemaErrors(objects)).join("\n");
    expect(errors).toContain("Deployment/netflix-clone");
    expect(errors).toContain("HorizontalPodAutoscaler/netflix-clone");
    expect(errors).toContain("Widget/w: no schema for example.com/v1 Widget");
  });
});

describe("prod's scraping, changed in place, fails the policy", () => {
  const prod = (): K8sObject[] => structuredClone(renderKustomization(overlayDir("prod")));
  const find = (objects: K8sObject[], kind: string) => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === "netflix-clone");
    if (!found) throw new Error(`no ${kind}/netflix-clone in the prod overlay`);
    return found as K8sObject & { spec: Record<string, unknown> };
  };

  it("a ServiceMonitor that scrapes the http port", () => {
    const objects = prod();
    const endpoints = (find(objects, "ServiceMonitor").spec as { endpoints: { port: string }[] })
      .endpoints;
    for (const endpoint of endpoints) endpoint.port = "http";
    expect(policyViolations(objects).join("\n")).toContain(
      "ServiceMonitor/netflix-clone: scrapes port http of Service/netflix-clone, not the server's metrics port",
    );
  });

  it("a NetworkPolicy that lets Prometheus reach the http port instead", () => {
    const objects = prod();
    const rules = (
      find(objects, "NetworkPolicy").spec as {
        ingress: { from: object[]; ports: { port: string }[] }[];
      }
    ).ingress;
    for (const rule of rules) {
      if (JSON.stringify(rule.from).includes('"monitoring"')) rule.ports = [{ port: "http" }];
    }
    const violations = policyViolations(objects).join("\n");
    expect(violations).toContain("Prometheus (namespace monitoring) cannot reach the metrics port");
    expect(violations).toContain("Prometheus (namespace monitoring) may reach the http port too");
  });
});
