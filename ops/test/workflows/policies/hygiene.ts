import { actionName, jobsOf, stepsOf, talksToAws } from "../support/workflow.js";
import { each, type Policy } from "./types.js";

export const checkoutDropsCredentials: Policy = {
  name: "actions/checkout never leaves the token in .git/config (persist-credentials: false)",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      for (const [jobId, job] of jobsOf(workflow)) {
        for (const step of stepsOf(job)) {
          if (
            step.uses !== undefined &&
            actionName(step.uses) === "actions/checkout" &&
            step.with?.["persist-credentials"] !== false
          ) {
            violations.push(
              `${workflow.file}: job ${jobId} checks out without persist-credentials: false`,
            );
          }
        }
      }
    }
    return violations;
  },
};

export const leastPrivilege: Policy = {
  name: "top-level permissions are contents: read; a job adds only id-token: write",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      const top = workflow.data.permissions;
      if (JSON.stringify(top) !== JSON.stringify({ contents: "read" })) {
        violations.push(
          `${workflow.file}: top-level permissions are ${JSON.stringify(top)}, not {contents: read}`,
        );
      }
      for (const [jobId, job] of jobsOf(workflow)) {
        if (job.permissions === undefined) continue;
        if (typeof job.permissions !== "object" || job.permissions === null) {
          violations.push(
            `${workflow.file}: job ${jobId} has permissions ${JSON.stringify(job.permissions)}`,
          );
          continue;
        }
        for (const [scope, level] of Object.entries(job.permissions)) {
          if (level === "write" && scope !== "id-token") {
            violations.push(`${workflow.file}: job ${jobId} can write ${scope}`);
          }
        }
      }
    }
    return violations;
  },
};

interface Concurrency {
  group?: string;
  "cancel-in-progress"?: boolean | string;
}

export const concurrencyGroups: Policy = {
  name: "concurrency: CI cancels superseded runs; AWS workflows share one group and never cancel",
  check(workflows) {
    const violations: string[] = [];
    const awsGroups = new Set<string>();
    for (const workflow of each(workflows)) {
      const concurrency = workflow.data.concurrency as Concurrency | undefined;
      if (!concurrency?.group) {
        violations.push(`${workflow.file}: no top-level concurrency group`);
        continue;
      }
      const touchesAws = jobsOf(workflow).some(([, job]) => talksToAws(job));
      if (touchesAws) {
        awsGroups.add(concurrency.group);
        if (concurrency["cancel-in-progress"] !== false) {
          violations.push(`${workflow.file}: changes AWS but a newer run may cancel it half-way`);
        }
      } else if (concurrency["cancel-in-progress"] !== true) {
        violations.push(`${workflow.file}: superseded runs are not cancelled`);
      }
    }
    if (awsGroups.size > 1) {
      violations.push(
        `workflows that change AWS use different groups (${[...awsGroups].join(", ")}) and may overlap`,
      );
    }
    return violations;
  },
};
