import type { Workflow } from "../support/workflow.js";

/** The workflows under test, by file name (ci.yml, deploy.yml, destroy.yml). */
export type WorkflowSet = Record<string, Workflow>;

/** A rule over our workflows; it returns one readable line per violation. */
export interface Policy {
  name: string;
  check(workflows: WorkflowSet): string[];
}

export const each = (workflows: WorkflowSet): Workflow[] => Object.values(workflows);

/** Walks every string value in parsed YAML, with a readable path to it. */
export function* strings(value: unknown, path = ""): Generator<[string, string]> {
  if (typeof value === "string") {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* strings(item, `${path}[${index}]`);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      yield* strings(item, path ? `${path}.${key}` : key);
  }
}

/** Walks every map key in parsed YAML (env names, with: inputs), with its path. */
export function* keys(value: unknown, path = ""): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* keys(item, `${path}[${index}]`);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      yield [here, key];
      yield* keys(item, here);
    }
  }
}
