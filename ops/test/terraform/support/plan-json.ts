/** The parts of `terraform show -json <plan>` the policy checks read. */

export interface ResourceChange {
  address: string;
  type: string;
  change: {
    actions: string[];
    after: Record<string, unknown> | null;
    after_unknown?: Record<string, unknown>;
  };
}

export interface Plan {
  resource_changes?: ResourceChange[];
  output_changes?: Record<string, { after?: unknown; after_unknown?: unknown }>;
}

/** Resources the plan creates or keeps (not the ones it deletes). */
export function plannedResources(plan: Plan, type?: string): ResourceChange[] {
  return (plan.resource_changes ?? []).filter(
    (r) => r.change.after !== null && (type === undefined || r.type === type),
  );
}

export function attribute(resource: ResourceChange, name: string): unknown {
  return resource.change.after?.[name];
}

export function isUnknown(resource: ResourceChange, name: string): boolean {
  return resource.change.after_unknown?.[name] === true;
}

export function output(plan: Plan, name: string): unknown {
  return plan.output_changes?.[name]?.after;
}
