import { type K8sObject, ref } from "./render.js";

/**
 * Validates rendered objects against the Kubernetes OpenAPI schema, as packaged by
 * kubernetes-models (types, required fields, enums; it does not reject unknown fields,
 * which is why policy.ts checks the fields we depend on by name).
 */

interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

/** Where the model of an apiVersion lives; custom resources come from their own package. */
function modelModule(apiVersion: string): string {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (group === "monitoring.coreos.com") {
    return `@kubernetes-models/prometheus-operator/${group}/${version}`;
  }
  return group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
}

/** Returns one message per invalid object (an empty list when all are valid). */
export async function schemaErrors(objects: K8sObject[]): Promise<string[]> {
  const errors: string[] = [];
  for (const object of objects) {
    let modelClass: ModelClass | undefined;
    try {
      const module = (await import(modelModule(object.apiVersion))) as Record<string, unknown>;
      modelClass = module[object.kind] as ModelClass | undefined;
    } catch {
      modelClass = undefined;
    }
    if (!modelClass) {
      errors.push(`${ref(object)}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new modelClass(object).validate();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${ref(object)}: ${message.replace(/\s*\n\s*/g, " | ")}`);
    }
  }
  return errors;
}
