import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

/** deploy/k8s in this checkout. */
export const K8S_DIR = fileURLToPath(new URL("../../../deploy/k8s/", import.meta.url));

/** Every overlay we ship; the tests render and check each one. */
export const OVERLAYS = ["dev", "prod", "elb"] as const;
export type OverlayName = (typeof OVERLAYS)[number];

export const overlayDir = (name: OverlayName) => `${K8S_DIR}overlays/${name}`;

/** The fields every rendered object has; the rest is read through kubernetes-models' types. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

/**
 * Renders a kustomization exactly as `kubectl apply -k` would (kubectl's built-in
 * Kustomize) and parses every document. Throws with kubectl's message if it cannot render.
 */
export function renderKustomization(dir: string): K8sObject[] {
  const yamlText = execFileSync("kubectl", ["kustomize", dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return parseYamlObjects(yamlText);
}

export function parseYamlObjects(yamlText: string): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const document of parseAllDocuments(yamlText)) {
    if (document.errors.length > 0) throw document.errors[0];
    const value: unknown = document.toJS();
    if (value === null || value === undefined) continue;
    objects.push(value as K8sObject);
  }
  return objects;
}

/** `Kind/name`, how a finding names the object it is about. */
export const ref = (object: K8sObject) => `${object.kind}/${object.metadata.name}`;
