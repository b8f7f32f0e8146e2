import { readRepoFile } from "../support/repo.js";
import { assumesAwsRole, type Job, jobsOf, stepsOf, type Workflow } from "../support/workflow.js";
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
