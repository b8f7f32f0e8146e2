import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSecurityContext } from "kubernetes-models/v1/PodSecurityContext";
import type { K8sObject } from "../render.js";
import { containersOf, deployments, nameOf } from "./objects.js";

/**
 * What every pod we run must satisfy, whatever it is (the server, Redis): the hardened
 * security context of the "restricted" Pod Security Standard and more, health probes,
 * resources, pinned images, no API token.
 */
export function podViolations(objects: K8sObject[]): string[] {
  return deployments(objects).flatMap((deployment) => {
    const where = `Deployment/${nameOf(deployment)}`;
    const podSpec = deployment.spec?.template.spec;
    const found: string[] = [];
    if (podSpec?.automountServiceAccountToken !== false) {
      found.push(`${where}: automountServiceAccountToken must be false`);
    }
    if (podSpec?.hostNetwork || podSpec?.hostPID || podSpec?.hostIPC) {
      found.push(`${where}: must not share the host's namespaces`);
    }
    for (const container of containersOf(deployment)) {
      const at = `${where} container ${container.name}`;
      found.push(
        ...securityViolations(container, podSpec?.securityContext).map((m) => `${at}: ${m}`),
        ...probeViolations(container, deployment).map((m) => `${at}: ${m}`),
        ...resourceViolations(container).map((m) => `${at}: ${m}`),
        ...imageViolations(container).map((m) => `${at}: ${m}`),
      );
    }
    return found;
  });
}

function securityViolations(container: IContainer, pod: IPodSecurityContext | undefined): string[] {
  const own = container.securityContext;
  const found: string[] = [];
  // A container's own setting wins over the pod's, as in the kubelet.
  const runAsNonRoot = own?.runAsNonRoot ?? pod?.runAsNonRoot;
  const runAsUser = own?.runAsUser ?? pod?.runAsUser;
  const runAsGroup = own?.runAsGroup ?? pod?.runAsGroup;
  const seccomp = own?.seccompProfile?.type ?? pod?.seccompProfile?.type;
  if (runAsNonRoot !== true) found.push("runAsNonRoot must be true");
  if (typeof runAsUser !== "number" || runAsUser === 0) {
    found.push("runAsUser must be a numeric non-root user");
  }
  if (typeof runAsGroup !== "number" || runAsGroup === 0) {
    found.push("runAsGroup must be a numeric non-root group");
  }
  if (own?.allowPrivilegeEscalation !== false) {
    found.push("allowPrivilegeEscalation must be false");
  }
  if (own?.privileged === true) found.push("must not be privileged");
  if (own?.readOnlyRootFilesystem !== true) found.push("readOnlyRootFilesystem must be true");
  if (!own?.capabilities?.drop?.includes("ALL")) found.push("capabilities must drop ALL");
  if ((own?.capabilities?.add ?? []).length > 0) found.push("must not add capabilities");
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") {
    found.push("seccompProfile must be RuntimeDefault");
  }
  return found;
}

function probeViolations(container: IContainer, deployment: IDeployment): string[] {
  const isInit = (deployment.spec?.template.spec?.initContainers ?? []).includes(container);
  if (isInit) return [];
  const found: string[] = [];
  if (!container.readinessProbe) found.push("has no readinessProbe");
  if (!container.livenessProbe) found.push("has no livenessProbe");
  return found;
}

function resourceViolations(container: IContainer): string[] {
  const { requests, limits } = container.resources ?? {};
  const found: string[] = [];
  if (requests?.cpu === undefined) found.push("resources.requests.cpu is not set");
  if (requests?.memory === undefined) found.push("resources.requests.memory is not set");
  if (limits?.memory === undefined) found.push("resources.limits.memory is not set");
  return found;
}

/** An image is pinned by digest, or by an explicit tag that is not `latest`. */
export function imageViolations(container: IContainer): string[] {
  const image = container.image ?? "";
  if (image.includes("@sha256:")) return [];
  const lastPart = image.slice(image.lastIndexOf("/") + 1);
  const tag = lastPart.includes(":") ? lastPart.slice(lastPart.indexOf(":") + 1) : "";
  if (tag === "") return [`image ${image || "(none)"} has no tag (that means latest)`];
  if (tag === "latest") return [`image ${image} uses the latest tag`];
  return [];
}
