import { actionName, jobsOf, stepsOf } from "../support/workflow.js";
import { each, type Policy, strings } from "./types.js";

/** owner/repo[/path]@<full 40-hex commit SHA>: a tag or branch can be moved, a SHA cannot. */
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;
/** The release the SHA belongs to, for humans and Dependabot: "# v4.2.2". */
const VERSION_COMMENT = /^v\d+(\.\d+){0,2}(\s|$)/;

export const actionsPinnedBySha: Policy = {
  name: "every third-party action is pinned to a full commit SHA with its version in a comment",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      for (const { value, comment } of workflow.uses) {
        if (value.startsWith("./")) continue; // our own reusable workflows, same commit
        if (value.startsWith("docker://")) {
          if (!/@sha256:[0-9a-f]{64}$/.test(value))
            violations.push(`${workflow.file}: ${value} is not pinned by digest`);
          continue;
        }
        if (!PINNED.test(value))
          violations.push(`${workflow.file}: ${value} is not pinned to a full commit SHA`);
        else if (!VERSION_COMMENT.test(comment)) {
          violations.push(
            `${workflow.file}: ${value} has no "# vX.Y.Z" comment naming its release`,
          );
        }
      }
    }
    return violations;
  },
};

/**
 * Setup actions whose version input defaults to "latest": each use must name a version,
 * or a new release changes our builds without a commit.
 */
const VERSION_INPUTS: Record<string, string> = {
  "hashicorp/setup-terraform": "terraform_version",
  "azure/setup-kubectl": "version",
  "azure/setup-helm": "version",
  "aquasecurity/trivy-action": "version",
};

/** "latest" as a whole value or as the tag/suffix of one (ubuntu-latest, node:latest, @latest). */
const LATEST = /(^|[:@\-/])latest$/i;

export const noLatest: Policy = {
  name: "nothing floats on latest: runners, images, tags and tool versions are explicit",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      for (const [path, value] of strings(workflow.data)) {
        for (const token of value.split(/[\s,]+/)) {
          if (LATEST.test(token)) violations.push(`${workflow.file}: ${path} uses "${token}"`);
        }
      }
      for (const [jobId, job] of jobsOf(workflow)) {
        const image = typeof job.container === "string" ? job.container : job.container?.image;
        if (
          image !== undefined &&
          !/:[\w.-]+(@sha256:[0-9a-f]{64})?$|@sha256:[0-9a-f]{64}$/.test(image)
        ) {
          violations.push(
            `${workflow.file}: job ${jobId} container ${image} has no tag (that is latest)`,
          );
        }
        for (const step of stepsOf(job)) {
          if (step.uses === undefined) continue;
          const input = VERSION_INPUTS[actionName(step.uses).toLowerCase()];
          if (input !== undefined && !step.with?.[input]) {
            violations.push(
              `${workflow.file}: job ${jobId} uses ${actionName(step.uses)} without ${input} (defaults to latest)`,
            );
          }
        }
      }
    }
    return violations;
  },
};
