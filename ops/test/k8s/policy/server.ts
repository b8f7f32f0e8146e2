import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IProbe } from "kubernetes-models/v1/Probe";
import type { K8sObject } from "../render.js";
import { APP, deployments, nameOf, ofKind } from "./objects.js";

/**
 * What the server's own Deployment must do for zero-downtime operation: probes on the
 * right paths, a rollout that never drops capacity, a shutdown sequence that fits in the
 * grace period, a writable /tmp on a read-only root, spread over zones.
 */

/** Seconds of slack we want between the end of the drain and the kubelet's SIGKILL. */
const SHUTDOWN_MARGIN_SECONDS = 5;

export function serverViolations(objects: K8sObject[]): string[] {
  const server = deployments(objects).find((deployment) => nameOf(deployment) === APP);
  if (!server) return [`no Deployment/${APP}`];
  const container = server.spec?.template.spec?.containers[0];
  if (!container) return [`Deployment/${APP}: no container`];
  const where = `Deployment/${APP}`;
  return [
    ...probePaths(container).map((m) => `${where}: ${m}`),
    ...rollout(server).map((m) => `${where}: ${m}`),
    ...shutdown(server, container, objects).map((m) => `${where}: ${m}`),
    ...scratchSpace(server, container).map((m) => `${where}: ${m}`),
  ];
}

function probePaths(container: IContainer): string[] {
  const found: string[] = [];
  const declaredPorts = new Set(
    (container.ports ?? []).flatMap((port) => [port.name, port.containerPort]),
  );
  const check = (probe: IProbe | undefined, kind: string, path: string) => {
    if (!probe) {
      found.push(`has no ${kind} probe`);
    } else if (probe.httpGet?.path !== path) {
      found.push(`${kind} probe must GET ${path}, not ${probe.httpGet?.path ?? "nothing"}`);
    } else if (!declaredPorts.has(probe.httpGet.port)) {
      found.push(`${kind} probe port ${probe.httpGet.port} is not a declared container port`);
    }
  };
  check(container.readinessProbe, "readiness", "/readyz");
  check(container.livenessProbe, "liveness", "/healthz");
  check(container.startupProbe, "startup", "/healthz");
  return found;
}

function rollout(server: IDeployment): string[] {
  const found: string[] = [];
  const spec = server.spec;
  if (spec?.strategy?.rollingUpdate?.maxUnavailable !== 0) {
    found.push("rollingUpdate.maxUnavailable must be 0");
  }
  if ((spec?.minReadySeconds ?? 0) < 5) found.push("minReadySeconds must be at least 5");
  const spread = spec?.template.spec?.topologySpreadConstraints ?? [];
  if (!spread.some((constraint) => constraint.topologyKey === "topology.kubernetes.io/zone")) {
    found.push("pods must be spread over zones (topologySpreadConstraints)");
  }
  return found;
}

/**
 * preStop pause + the server's drain (SHUTDOWN_TIMEOUT_SECONDS from its ConfigMap) must
 * end before terminationGracePeriodSeconds, or the kubelet kills requests in flight.
 */
function shutdown(server: IDeployment, container: IContainer, objects: K8sObject[]): string[] {
  const command = container.lifecycle?.preStop?.exec?.command ?? [];
  const pause = command[0] === "sleep" ? Number(command[1]) : Number.NaN;
  if (!Number.isFinite(pause) || pause <= 0) {
    return ["needs a preStop `sleep N` so the load balancer deregisters the pod first"];
  }
  const settingsNames = (container.envFrom ?? []).flatMap((from) =>
    from.configMapRef?.name ? [from.configMapRef.name] : [],
  );
  const settings = ofKind<IConfigMap>(objects, "ConfigMap").find((map) =>
    settingsNames.includes(nameOf(map)),
  );
  const drain = Number(settings?.data?.SHUTDOWN_TIMEOUT_SECONDS ?? 10);
  const grace = server.spec?.template.spec?.terminationGracePeriodSeconds ?? 30;
  const needed = pause + drain + SHUTDOWN_MARGIN_SECONDS;
  if (grace < needed) {
    return [
      `terminationGracePeriodSeconds ${grace} must be at least ${needed} (preStop ${pause} s + drain ${drain} s + ${SHUTDOWN_MARGIN_SECONDS} s)`,
    ];
  }
  return [];
}

function scratchSpace(server: IDeployment, container: IContainer): string[] {
  const mount = (container.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
  const volume = server.spec?.template.spec?.volumes?.find((v) => v.name === mount?.name);
  if (!volume?.emptyDir) return ["needs an emptyDir mounted at /tmp (the root is read-only)"];
  return [];
}
