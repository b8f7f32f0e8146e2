import type { IServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import type { IIngress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IContainerPort } from "kubernetes-models/v1/ContainerPort";
import type { IService } from "kubernetes-models/v1/Service";
import type { IServicePort } from "kubernetes-models/v1/ServicePort";
import type { K8sObject } from "../render.js";
import { APP, deployments, nameOf, ofKind, podLabels, selects } from "./objects.js";

/**
 * /metrics stays inside the cluster: the server serves it only on METRICS_PORT (the
 * container port named `metrics`), never on PORT (named `http`). Whatever a load balancer
 * reaches (the Ingress's backends, a LoadBalancer Service's ports) is the http port; the
 * ServiceMonitor scrapes the metrics port; Prometheus's namespace may reach that port only.
 */

/** The namespace Prometheus runs in (kube-prometheus-stack's default). */
const MONITORING_NAMESPACE = "monitoring";

export function metricsViolations(objects: K8sObject[]): string[] {
  const server = deployments(objects).find((deployment) => nameOf(deployment) === APP);
  const container = server?.spec?.template.spec?.containers[0];
  if (!server || !container) return [];
  const where = `Deployment/${APP}`;
  const found: string[] = [];
  const portNamed = (name: string) => (container.ports ?? []).find((p) => p.name === name);
  const http = portNamed("http");
  const metrics = portNamed("metrics");
  const env = settingsOf(container, objects);

  if (!http) found.push(`${where}: no container port named http`);
  else if (Number(env.PORT ?? 8080) !== http.containerPort) {
    found.push(`${where}: PORT ${env.PORT} is not the http containerPort ${http.containerPort}`);
  }
  if (env.METRICS_PORT === undefined) {
    found.push(`${where}: METRICS_PORT is not set, so /metrics is served on the http port`);
  } else if (!metrics) {
    found.push(`${where}: METRICS_PORT is set but no container port is named metrics`);
  } else if (Number(env.METRICS_PORT) !== metrics.containerPort) {
    found.push(
      `${where}: METRICS_PORT ${env.METRICS_PORT} is not the metrics containerPort ${metrics.containerPort}`,
    );
  }

  const services = ofKind<IService>(objects, "Service").filter((service) =>
    selects(service.spec?.selector, podLabels(server)),
  );
  /** The container port a Service port sends to. */
  const targetOf = (port: IServicePort): IContainerPort | undefined => {
    const target = port.targetPort ?? port.port;
    return (container.ports ?? []).find((p) => p.name === target || p.containerPort === target);
  };
  const isHttp = (port: IServicePort) => http !== undefined && targetOf(port) === http;
  const isMetrics = (port: IServicePort) => metrics !== undefined && targetOf(port) === metrics;

  for (const ingress of ofKind<IIngress>(objects, "Ingress")) {
    const backends = (ingress.spec?.rules ?? []).flatMap((rule) =>
      (rule.http?.paths ?? []).map((path) => path.backend.service),
    );
    if (ingress.spec?.defaultBackend?.service) backends.push(ingress.spec.defaultBackend.service);
    for (const backend of backends) {
      const service = services.find((s) => nameOf(s) === backend?.name);
      if (!service) continue;
      const port = service.spec?.ports?.find(
        (p) => p.name === backend?.port?.name || p.port === backend?.port?.number,
      );
      if (port && !isHttp(port)) {
        found.push(
          `Ingress/${nameOf(ingress)}: the load balancer routes to Service port ${port.name ?? port.port}, not to the server's http port`,
        );
      }
    }
  }
  for (const service of services.filter((s) => s.spec?.type === "LoadBalancer")) {
    for (const port of service.spec?.ports ?? []) {
      if (!isHttp(port)) {
        found.push(
          `Service/${nameOf(service)}: a LoadBalancer Service exposes port ${port.name ?? port.port}, not only the server's http port`,
        );
      }
    }
  }

  const monitors = ofKind<IServiceMonitor>(objects, "ServiceMonitor");
  for (const monitor of monitors) {
    const at = `ServiceMonitor/${nameOf(monitor)}`;
    const scraped = services.filter((s) =>
      selects(monitor.spec.selector.matchLabels, s.metadata?.labels ?? {}),
    );
    if (scraped.length === 0) found.push(`${at}: selects no Service of the server`);
    for (const endpoint of monitor.spec.endpoints ?? []) {
      for (const service of scraped) {
        const port = service.spec?.ports?.find((p) => p.name === endpoint.port);
        if (!port || !isMetrics(port)) {
          found.push(
            `${at}: scrapes port ${endpoint.port ?? endpoint.targetPort ?? "(none)"} of Service/${nameOf(service)}, not the server's metrics port`,
          );
        }
      }
    }
  }

  if (monitors.length > 0) {
    const fromMonitoring = ofKind<INetworkPolicy>(objects, "NetworkPolicy")
      .filter((policy) => selects(policy.spec?.podSelector.matchLabels, podLabels(server)))
      .flatMap((policy) => policy.spec?.ingress ?? [])
      .filter((rule) =>
        (rule.from ?? []).some(
          (peer) =>
            peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] ===
            MONITORING_NAMESPACE,
        ),
      );
    const opens = (port: IContainerPort | undefined) =>
      port !== undefined &&
      fromMonitoring.some(
        (rule) =>
          rule.ports === undefined ||
          rule.ports.some((p) => p.port === port.name || p.port === port.containerPort),
      );
    if (!opens(metrics)) {
      found.push(`NetworkPolicy: Prometheus (namespace monitoring) cannot reach the metrics port`);
    }
    if (opens(http)) {
      found.push(`NetworkPolicy: Prometheus (namespace monitoring) may reach the http port too`);
    }
  }
  return found;
}

/** The container's plain settings: its env values over its envFrom ConfigMaps. */
function settingsOf(container: IContainer, objects: K8sObject[]): Record<string, string> {
  const names = (container.envFrom ?? []).flatMap((from) =>
    from.configMapRef?.name ? [from.configMapRef.name] : [],
  );
  const fromMaps = ofKind<IConfigMap>(objects, "ConfigMap")
    .filter((map) => names.includes(nameOf(map)))
    .map((map) => map.data ?? {});
  const own = Object.fromEntries(
    (container.env ?? []).flatMap((v) => (v.value !== undefined ? [[v.name, v.value]] : [])),
  );
  return Object.assign({}, ...fromMaps, own);
}
