import { parser } from "@prometheus-io/lezer-promql";
import { describe, expect, it } from "vitest";
import { createMetrics } from "../../../server/src/observability/metrics.js";
import { overlayDir, renderKustomization } from "./render.js";

/**
 * The alert rules shipped with the ServiceMonitor (prod): each expression is
 * valid PromQL (parsed by the Prometheus project's own grammar), selects only
 * series the app really exports, and only from the app's job; each alert says
 * how bad it is and what it means.
 */

interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The job label Prometheus gives the scraped pods: the name of the Service the ServiceMonitor selects. */
const JOB = "netflix-clone";

const prod = renderKustomization(overlayDir("prod"));
const rules = prod
  .filter((object) => object.kind === "PrometheusRule")
  .flatMap((object) => (object.spec as { groups: Array<{ rules: AlertRule[] }> }).groups)
  .flatMap((group) => group.rules);

/** Each vector selector of a PromQL expression (`name{matchers}`), or the syntax errors' offsets. */
function selectorsOf(expr: string): {
  selectors: Array<{ name: string; text: string }>;
  errors: number[];
} {
  const selectors: Array<{ name: string; text: string }> = [];
  const errors: number[] = [];
  parser.parse(expr).iterate({
    enter(node) {
      if (node.type.isError) errors.push(node.from);
      if (node.name === "VectorSelector") {
        const name = node.node.getChild("Identifier");
        selectors.push({
          name: name ? expr.slice(name.from, name.to) : "",
          text: expr.slice(node.from, node.to),
        });
      }
    },
  });
  return { selectors, errors };
}

/** Every series name `/metrics` serves, a histogram's `_bucket`, `_sum` and `_count` included. */
async function exportedSeries(): Promise<Set<string>> {
  const metrics = await createMetrics().registry.getMetricsAsJSON();
  return new Set(
    metrics.flatMap(({ name, type }) =>
      String(type) === "histogram" ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name],
    ),
  );
}

describe("alert rules", () => {
  it("ship with the ServiceMonitor, in the Service's job", () => {
    expect(rules.length).toBeGreaterThanOrEqual(5);
    const service = prod.find(
      (object) => object.kind === "Service" && object.metadata.name === JOB,
    );
    expect(service).toBeDefined();
    expect(prod.map((object) => object.kind)).toContain("ServiceMonitor");
  });

  it("are valid PromQL over series the app exports, selected from its job only", async () => {
    const exported = await exportedSeries();
    for (const rule of rules) {
      const { selectors, errors } = selectorsOf(rule.expr);
      expect(errors, `${rule.alert}: syntax errors at`).toEqual([]);
      expect(selectors.length, rule.alert).toBeGreaterThan(0);
      for (const selector of selectors) {
        expect(exported.has(selector.name), `${rule.alert}: ${selector.name} is exported`).toBe(
          true,
        );
        expect(selector.text, rule.alert).toContain(`job="${JOB}"`);
      }
    }
  });

  it("each wait a while, carry a severity and say what they mean", () => {
    const names = rules.map((rule) => rule.alert);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of rules) {
      expect(rule.for, rule.alert).toMatch(/^\d+m$/);
      expect(["critical", "warning"], rule.alert).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
      expect(rule.annotations?.description, rule.alert).toBeTruthy();
    }
  });
});
