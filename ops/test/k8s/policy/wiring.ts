import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { IIngress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { IPodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import type { IService } from "kubernetes-models/v1/Service";
import type { K8sObject } from "../render.js";
import {
  APP,
  deployments,
  NAME_LABEL,
  nameOf,
  ofKind,
  PART_OF_LABEL,
  podLabels,
  selects,
} from "./objects.js";

/**
 * How the objects refer to each other: consistent labels, selectors that select real
 * pods, an HPA and a replica count that do not fight, disruption budgets that allow a
 * drain, network policies around every pod, a load balancer that reaches the server and
 * checks its readiness, namespaces that enforce the restricted pod standard.
 */
export function wiringViolations(objects: K8sObject[]): string[] {
  return [
    ...labels(objects),
    ...selectors(objects),
    ...scaling(objects),
    ...networkPolicies(objects),
    ...exposure(objects),
    ...namespaces(objects),
  ];
}

function labels(objects: K8sObject[]): string[] {
  return objects.flatMap((object) => {
    const own = object.metadata.labels ?? {};
    const found: string[] = [];
    if (own[PART_OF_LABEL] !== APP) found.push(`${PART_OF_LABEL}=${APP}`);
    if (object.kind !== "Namespace" && !own[NAME_LABEL]) found.push(NAME_LABEL);
    return found.length > 0
      ? [`${object.kind}/${object.metadata.name}: missing label ${found.join(", ")}`]
      : [];
  });
}

function selectors(objects: K8sObject[]): string[] {
  const found: string[] = [];
  const workloads = deployments(objects);
  const selectsSomePod = (selector: Record<string, string> | undefined) =>
    workloads.some((workload) => selects(selector, podLabels(workload)));

  for (const workload of workloads) {
    const selector = workload.spec?.selector.matchLabels;
    if (!selects(selector, podLabels(workload))) {
      found.push(`Deployment/${nameOf(workload)}: selector does not match its pod labels`);
    }
    if (podLabels(workload)[NAME_LABEL] !== workload.metadata?.labels?.[NAME_LABEL]) {
      found.push(`Deployment/${nameOf(workload)}: pods are not labelled like the Deployment`);
    }
  }
  for (const service of ofKind<IService>(objects, "Service")) {
    const backing = workloads.find((w) => selects(service.spec?.selector, podLabels(w)));
    if (!backing) {
      found.push(`Service/${nameOf(service)}: selects no pods`);
      continue;
    }
    const ports = (backing.spec?.template.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
    for (const port of service.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      if (!ports.some((p) => p.name === target || p.containerPort === target)) {
        found.push(`Service/${nameOf(service)}: targetPort ${target} is not a container port`);
      }
    }
  }
  for (const budget of ofKind<IPodDisruptionBudget>(objects, "PodDisruptionBudget")) {
    if (!selectsSomePod(budget.spec?.selector?.matchLabels)) {
      found.push(`PodDisruptionBudget/${nameOf(budget)}: selects no pods`);
    }
  }
  for (const policy of ofKind<INetworkPolicy>(objects, "NetworkPolicy")) {
    if (!selectsSomePod(policy.spec?.podSelector.matchLabels)) {
      found.push(`NetworkPolicy/${nameOf(policy)}: selects no pods`);
    }
  }
  return found;
}

/** The least number of pods a workload runs: the HPA's minimum, or its fixed replicas. */
function minimumPods(workload: IDeployment, autoscalers: IHorizontalPodAutoscaler[]) {
  const autoscaler = autoscalers.find(
    (hpa) =>
      hpa.spec?.scaleTargetRef.kind === "Deployment" &&
      hpa.spec.scaleTargetRef.name === nameOf(workload),
  );
  return autoscaler ? (autoscaler.spec?.minReplicas ?? 1) : (workload.spec?.replicas ?? 1);
}

function scaling(objects: K8sObject[]): string[] {
  const found: string[] = [];
  const workloads = deployments(objects);
  const autoscalers = ofKind<IHorizontalPodAutoscaler>(objects, "HorizontalPodAutoscaler");
  for (const hpa of autoscalers) {
    const where = `HorizontalPodAutoscaler/${nameOf(hpa)}`;
    const target = workloads.find((w) => nameOf(w) === hpa.spec?.scaleTargetRef.name);
    if (!target || hpa.spec?.scaleTargetRef.kind !== "Deployment") {
      found.push(`${where}: scales a Deployment that is not rendered`);
    } else if (target.spec?.replicas !== undefined) {
      found.push(
        `Deployment/${nameOf(target)}: sets replicas although ${where} owns the count (every apply would reset it)`,
      );
    }
    const min = hpa.spec?.minReplicas ?? 1;
    if (min < 2) found.push(`${where}: minReplicas must be at least 2`);
    if ((hpa.spec?.maxReplicas ?? 0) < min) found.push(`${where}: maxReplicas below minReplicas`);
  }
  const server = workloads.find((w) => nameOf(w) === APP);
  if (server && !autoscalers.some((hpa) => hpa.spec?.scaleTargetRef.name === APP)) {
    found.push(`Deployment/${APP}: has no HorizontalPodAutoscaler`);
  }
  for (const budget of ofKind<IPodDisruptionBudget>(objects, "PodDisruptionBudget")) {
    const where = `PodDisruptionBudget/${nameOf(budget)}`;
    const covered = workloads.filter((w) =>
      selects(budget.spec?.selector?.matchLabels, podLabels(w)),
    );
    for (const workload of covered) {
      const pods = minimumPods(workload, autoscalers);
      const minAvailable = budget.spec?.minAvailable;
      const maxUnavailable = budget.spec?.maxUnavailable;
      if (pods < 2) found.push(`${where}: covers ${nameOf(workload)}, which may run one pod`);
      if (typeof minAvailable === "number" && minAvailable >= pods) {
        found.push(`${where}: minAvailable ${minAvailable} blocks every drain of ${pods} pods`);
      }
      if (maxUnavailable === 0 || maxUnavailable === "0%") {
        found.push(`${where}: maxUnavailable 0 blocks every drain`);
      }
    }
  }
  if (server && minimumPods(server, autoscalers) >= 2) {
    const budgeted = ofKind<IPodDisruptionBudget>(objects, "PodDisruptionBudget").some((b) =>
      selects(b.spec?.selector?.matchLabels, podLabels(server)),
    );
    if (!budgeted) found.push(`Deployment/${APP}: has no PodDisruptionBudget`);
  }
  return found;
}

function networkPolicies(objects: K8sObject[]): string[] {
  const policies = ofKind<INetworkPolicy>(objects, "NetworkPolicy");
  return deployments(objects).flatMap((workload) => {
    const covering = policies.filter((p) =>
      selects(p.spec?.podSelector.matchLabels, podLabels(workload)),
    );
    const types = new Set(covering.flatMap((p) => p.spec?.policyTypes ?? []));
    return types.has("Ingress") && types.has("Egress")
      ? []
      : [`Deployment/${nameOf(workload)}: not covered by an Ingress and Egress NetworkPolicy`];
  });
}

const ALB_REQUIRED: Record<string, string> = {
  "alb.ingress.kubernetes.io/target-type": "ip",
  "alb.ingress.kubernetes.io/healthcheck-path": "/readyz",
};

/** The server is reachable through exactly one kind of load balancer, checked on /readyz. */
function exposure(objects: K8sObject[]): string[] {
  const found: string[] = [];
  const services = ofKind<IService>(objects, "Service");
  const ingresses = ofKind<IIngress>(objects, "Ingress");
  const balancers = services.filter((s) => s.spec?.type === "LoadBalancer");
  for (const ingress of ingresses) {
    const where = `Ingress/${nameOf(ingress)}`;
    if (ingress.spec?.ingressClassName !== "alb") found.push(`${where}: ingressClassName alb`);
    for (const [key, value] of Object.entries(ALB_REQUIRED)) {
      if (ingress.metadata?.annotations?.[key] !== value) found.push(`${where}: ${key}=${value}`);
    }
    const backends = (ingress.spec?.rules ?? []).flatMap((rule) =>
      (rule.http?.paths ?? []).map((path) => path.backend.service),
    );
    for (const backend of backends) {
      const service = services.find((s) => nameOf(s) === backend?.name);
      const port = service?.spec?.ports?.find(
        (p) => p.name === backend?.port?.name || p.port === backend?.port?.number,
      );
      if (!port) found.push(`${where}: backend ${backend?.name} is not a rendered Service port`);
    }
  }
  for (const balancer of balancers) {
    if (balancer.spec?.externalTrafficPolicy !== "Local") {
      found.push(
        `Service/${nameOf(balancer)}: a LoadBalancer Service needs externalTrafficPolicy Local`,
      );
    }
  }
  if (ingresses.length + balancers.length !== 1) {
    found.push(
      `expected one way in (an ALB Ingress or a LoadBalancer Service), found ${ingresses.length + balancers.length}`,
    );
  }
  return found;
}

function namespaces(objects: K8sObject[]): string[] {
  return ofKind<K8sObject>(objects, "Namespace").flatMap((namespace) =>
    namespace.metadata.labels?.["pod-security.kubernetes.io/enforce"] === "restricted"
      ? []
      : [`Namespace/${namespace.metadata.name}: must enforce the restricted Pod Security Standard`],
  );
}
