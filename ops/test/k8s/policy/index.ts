import type { K8sObject } from "../render.js";
import { metricsViolations } from "./metrics.js";
import { podViolations } from "./pods.js";
import { secretViolations } from "./secrets.js";
import { serverViolations } from "./server.js";
import { wiringViolations } from "./wiring.js";

/**
 * Our own policy over a rendered overlay: every finding is one line naming the object.
 * An empty list means the overlay is fit to apply.
 */
export function policyViolations(objects: K8sObject[]): string[] {
  return [
    ...podViolations(objects),
    ...serverViolations(objects),
    ...secretViolations(objects),
    ...wiringViolations(objects),
    ...metricsViolations(objects),
  ];
}
