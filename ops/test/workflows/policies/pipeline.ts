import { readRepoFile } from "../support/repo.js";
import {
  assumesAwsRole,
  gh,
  type Job,
  jobsOf,
  stepsOf,
  type Workflow,
} from "../support/workflow.js";
import type { Policy, WorkflowSet } from "./types.js";

/** The README's test command: the first line of the sh block under "## Test it". */
export function readmeTestCommand(): string {
  const readme = readRepoFile("README.md");
  const match = /## Test it\s+```sh\n([^\n]+)\n/.exec(readme);
  if (!match?.[1]) throw new Error('README.md has no sh block under "## Test it"');
  return match[1].trim();
}

const need = (workflows: WorkflowSet, file: string): Workflow => {
  const workflow = workflows[file];
  if (!workflow) throw new Error(`${file} is missing`);
  return workflow;
};

const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : [job.needs].flat());

/** Jobs a job waits for, directly or through other jobs. */
function upstream(workflow: Workflow, jobId: string, seen = new Set<string>()): Set<string> {
  for (const dependency of needsOf(workflow.data.jobs[jobId] ?? {})) {
    if (!seen.has(dependency)) {
      seen.add(dependency);
      upstream(workflow, dependency, seen);
    }
  }
  return seen;
}

export const sameTestCommandAsReadme: Policy = {
  name: "CI runs the README's test command, and deploy runs only after CI passed",
  check(workflows) {
    const violations: string[] = [];
    const command = readmeTestCommand();
    const ci = need(workflows, "ci.yml");
    const runsIt = jobsOf(ci).some(([, job]) =>
      stepsOf(job).some((step) => step.run?.trim() === command),
    );
    if (!runsIt) violations.push(`ci.yml: no step runs the README's test command \`${command}\``);
    const triggers = ci.data.on;
    if (typeof triggers !== "object" || triggers === null || !("workflow_call" in triggers)) {
      violations.push("ci.yml: cannot be called by deploy.yml (no workflow_call trigger)");
    }

    const deploy = need(workflows, "deploy.yml");
    const ciJobs = jobsOf(deploy)
      .filter(([, job]) => job.uses === "./.github/workflows/ci.yml")
      .map(([id]) => id);
    if (ciJobs.length === 0) violations.push("deploy.yml: does not run ci.yml");
    for (const [jobId, job] of jobsOf(deploy)) {
      if (!assumesAwsRole(job)) continue;
      const before = upstream(deploy, jobId);
      if (!ciJobs.some((id) => before.has(id)))
        violations.push(`deploy.yml: job ${jobId} reaches AWS without waiting for CI`);
    }
    return violations;
  },
};

/** Index of the first step of a job whose run: block matches. */
const stepIndex = (job: Job, pattern: RegExp): number =>
  stepsOf(job).findIndex((step) => pattern.test(step.run ?? ""));

const DELETE_APP = /delete-app-eks\.sh|kubectl\b.*\bdelete\b.*\b(ingress|service)\b/;
const REMOVE_CONTROLLER = /remove-lb-controller\.sh|helm\s+(uninstall|delete)\b/;
const TERRAFORM_DESTROY = /terraform-destroy\.sh|terraform\b.*\b(destroy|-destroy)\b/;
const CONFIRMATION = /check-confirmation\.sh/;

export const destroyOrder: Policy = {
  name: "destroy: typed confirmation, then the app's Ingress/Service and load balancers, then the controller, then terraform destroy",
  check(workflows) {
    const violations: string[] = [];
    const destroy = need(workflows, "destroy.yml");
    const triggers = destroy.data.on;
    const onlyManual =
      typeof triggers === "object" &&
      triggers !== null &&
      Object.keys(triggers).join() === "workflow_dispatch";
    if (!onlyManual) violations.push("destroy.yml: must run on workflow_dispatch only");

    const jobs = jobsOf(destroy);
    const destroying = jobs.find(([, job]) => stepIndex(job, TERRAFORM_DESTROY) >= 0);
    if (!destroying) return [...violations, "destroy.yml: no job runs terraform destroy"];
    const [jobId, job] = destroying;

    const confirmed = [...upstream(destroy, jobId)].some((id) => {
      const upstreamJob = destroy.data.jobs[id];
      return upstreamJob !== undefined && stepIndex(upstreamJob, CONFIRMATION) >= 0;
    });
    if (!confirmed)
      violations.push(`destroy.yml: job ${jobId} does not wait for the typed confirmation`);

    const deleteApp = stepIndex(job, DELETE_APP);
    const removeController = stepIndex(job, REMOVE_CONTROLLER);
    const terraformDestroy = stepIndex(job, TERRAFORM_DESTROY);
    if (deleteApp < 0)
      violations.push(`destroy.yml: job ${jobId} never deletes the app's Ingress/Service`);
    if (removeController < 0)
      violations.push(`destroy.yml: job ${jobId} never removes the load balancer controller`);
    if (deleteApp >= 0 && removeController >= 0 && removeController < deleteApp) {
      violations.push(
        "destroy.yml: the controller is removed before the app's load balancers are gone",
      );
    }
    if (deleteApp >= 0 && terraformDestroy < deleteApp) {
      violations.push(
        "destroy.yml: terraform destroy runs before the app's load balancers are gone",
      );
    }
    if (removeController >= 0 && terraformDestroy < removeController) {
      violations.push("destroy.yml: terraform destroy runs before the controller is removed");
    }
    return violations;
  },
};

interface DispatchInput {
  type?: string;
  options?: string[];
  default?: unknown;
}

const dispatchInputs = (workflow: Workflow): Record<string, DispatchInput> => {
  const triggers = workflow.data.on;
  if (typeof triggers !== "object" || triggers === null) return {};
  const dispatch = (triggers as Record<string, { inputs?: Record<string, DispatchInput> } | null>)
    .workflow_dispatch;
  return dispatch?.inputs ?? {};
};

const TARGETS = ["eks", "ecs"];

/**
 * A manual deploy with its defaults ships where a push would (the DEPLOY_TARGET variable),
 * and switching targets (which destroys the running cluster or service) takes a separate,
 * explicit switch_target that reaches terraform-apply.sh.
 */
export const manualDeployKeepsTheTarget: Policy = {
  name: "deploy: a manual run defaults to the repository's DEPLOY_TARGET; switching targets needs switch_target",
  check(workflows) {
    const violations: string[] = [];
    const deploy = need(workflows, "deploy.yml");
    const inputs = dispatchInputs(deploy);
    const target = inputs.target;
    if (target) {
      if (TARGETS.includes(String(target.default))) {
        violations.push(
          `deploy.yml: the target input defaults to ${target.default}, which overrides vars.DEPLOY_TARGET on every manual run`,
        );
      }
      if (!TARGETS.every((t) => target.options?.includes(t))) {
        violations.push("deploy.yml: the target input must offer eks and ecs");
      }
    }
    const switchTarget = inputs.switch_target;
    if (switchTarget?.type !== "boolean" || switchTarget.default !== false) {
      violations.push("deploy.yml: needs a boolean switch_target input that defaults to false");
    }
    for (const [jobId, job] of jobsOf(deploy)) {
      const applying = stepsOf(job).filter((step) => /terraform-apply\.sh/.test(step.run ?? ""));
      if (applying.length === 0) continue;
      const variable = String(job.env?.TF_VAR_deploy_target ?? "");
      if (!variable.includes("vars.DEPLOY_TARGET")) {
        violations.push(`deploy.yml: job ${jobId} does not fall back to vars.DEPLOY_TARGET`);
      }
      if (/\{\{\s*inputs\.target\s*\|\|/.test(variable)) {
        violations.push(
          `deploy.yml: job ${jobId} lets any target input win over vars.DEPLOY_TARGET`,
        );
      }
      for (const step of applying) {
        if (!String(step.env?.ALLOW_TARGET_SWITCH ?? "").includes("inputs.switch_target")) {
          violations.push(
            `deploy.yml: job ${jobId} runs terraform-apply.sh without ALLOW_TARGET_SWITCH from inputs.switch_target`,
          );
        }
      }
    }
    return violations;
  },
};

/** Every image build labels the image with its source repository and revision. */
export const imagesNameTheirSource: Policy = {
  name: "every image build passes GIT_REVISION and SOURCE_URL (the image's OCI labels)",
  check(workflows) {
    const violations: string[] = [];
    const sourceUrl = `SOURCE_URL=${gh("github.server_url")}/${gh("github.repository")}`;
    for (const workflow of Object.values(workflows)) {
      for (const [jobId, job] of jobsOf(workflow)) {
        for (const step of stepsOf(job)) {
          if (!step.uses?.startsWith("docker/build-push-action@")) continue;
          const args = String(step.with?.["build-args"] ?? "")
            .split("\n")
            .map((line) => line.trim());
          if (!args.some((line) => line.startsWith("GIT_REVISION="))) {
            violations.push(`${workflow.file}: job ${jobId} builds an image without GIT_REVISION`);
          }
          if (!args.includes(sourceUrl)) {
            violations.push(`${workflow.file}: job ${jobId} builds an image without ${sourceUrl}`);
          }
        }
      }
    }
    return violations;
  },
};
