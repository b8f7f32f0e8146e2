import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { K8sObject } from "../render.js";

/** Typed views of rendered objects, shared by the policy checks. */

/** The label every object of the app carries, and the server's own name. */
export const APP = "netflix-clone";
export const NAME_LABEL = "app.kubernetes.io/name";
export const PART_OF_LABEL = "app.kubernetes.io/part-of";

/** The rendered objects of one kind, seen through kubernetes-models' interface for it. */
export function ofKind<T>(objects: K8sObject[], kind: string): T[] {
  return objects.filter((object) => object.kind === kind) as unknown as T[];
}

export const nameOf = (object: { metadata?: { name?: string } }) => object.metadata?.name ?? "";

/** Workloads whose pods the policies inspect. Only Deployments are rendered today. */
export const deployments = (objects: K8sObject[]) => ofKind<IDeployment>(objects, "Deployment");

export function containersOf(deployment: IDeployment): IContainer[] {
  const spec = deployment.spec?.template.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
}

export const podLabels = (deployment: IDeployment) =>
  deployment.spec?.template.metadata?.labels ?? {};

/** A label selector's matchLabels (the only form our manifests use) against labels. */
export function selects(
  selector: Record<string, string> | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
