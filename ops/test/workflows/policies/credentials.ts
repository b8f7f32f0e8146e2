import { readRepoFile } from "../support/repo.js";
import { assumesAwsRole, jobsOf, stepsOf, talksToAws } from "../support/workflow.js";
import { each, keys, type Policy, strings } from "./types.js";

/** Inputs and variables that carry long-lived AWS credentials. */
const STATIC_KEY_NAMES = new Set([
  "aws-access-key-id",
  "aws-secret-access-key",
  "aws-session-token",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
]);
/** An access key id as AWS prints it (long-lived AKIA…, temporary ASIA…). */
const ACCESS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
/** A repository secret that by its name holds an AWS key. */
const AWS_KEY_SECRET = /secrets\.AWS_[A-Z0-9_]*(KEY|SECRET|TOKEN)/i;

export const noStaticAwsKeys: Policy = {
  name: "no static AWS keys: AWS is reached only through the OIDC role",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      for (const [path, key] of keys(workflow.data)) {
        if (STATIC_KEY_NAMES.has(key))
          violations.push(`${workflow.file}: ${path} passes a static AWS key`);
      }
      for (const [path, value] of strings(workflow.data)) {
        if (ACCESS_KEY_ID.test(value))
          violations.push(`${workflow.file}: ${path} contains an AWS access key id`);
        if (AWS_KEY_SECRET.test(value))
          violations.push(`${workflow.file}: ${path} reads an AWS key from secrets`);
      }
      for (const [jobId, job] of jobsOf(workflow)) {
        for (const step of stepsOf(job)) {
          if (
            step.uses?.startsWith("aws-actions/configure-aws-credentials") &&
            !step.with?.["role-to-assume"]
          ) {
            violations.push(
              `${workflow.file}: job ${jobId} configures AWS credentials without role-to-assume`,
            );
          }
        }
      }
    }
    return violations;
  },
};

const grantsIdToken = (permissions: unknown): boolean =>
  permissions === "write-all" ||
  (typeof permissions === "object" &&
    permissions !== null &&
    (permissions as Record<string, unknown>)["id-token"] === "write");

export const idTokenOnlyWhereAwsIsCalled: Policy = {
  name: "id-token: write only on the jobs that assume the AWS role, and every AWS job assumes it",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      if (grantsIdToken(workflow.data.permissions)) {
        violations.push(`${workflow.file}: the top-level permissions grant id-token to every job`);
      }
      for (const [jobId, job] of jobsOf(workflow)) {
        const token = grantsIdToken(job.permissions);
        const assumes = assumesAwsRole(job);
        if (token && !assumes)
          violations.push(
            `${workflow.file}: job ${jobId} gets id-token but never assumes an AWS role`,
          );
        if (assumes && !token)
          violations.push(
            `${workflow.file}: job ${jobId} assumes an AWS role without id-token: write`,
          );
        if (talksToAws(job) && !assumes) {
          violations.push(
            `${workflow.file}: job ${jobId} talks to AWS without assuming the role through OIDC`,
          );
        }
      }
    }
    return violations;
  },
};

export const environmentGuardsAws: Policy = {
  name: "the dev GitHub environment guards every job that assumes the AWS role",
  check(workflows) {
    const violations: string[] = [];
    for (const workflow of each(workflows)) {
      for (const [jobId, job] of jobsOf(workflow)) {
        if (!assumesAwsRole(job)) continue;
        const environment =
          typeof job.environment === "string" ? job.environment : job.environment?.name;
        if (environment !== "dev")
          violations.push(`${workflow.file}: job ${jobId} reaches AWS outside the dev environment`);
      }
    }
    return violations;
  },
};

/** The deploy role's max_session_duration, as Terraform creates it. */
function roleMaxSessionSeconds(): number {
  const role = readRepoFile("deploy/terraform/modules/github-oidc/role.tf");
  const match = /max_session_duration\s*=\s*(\d+)/.exec(role);
  if (!match?.[1]) throw new Error("modules/github-oidc/role.tf sets no max_session_duration");
  return Number(match[1]);
}

/**
 * The role's session must outlast the job: configure-aws-credentials asks for one hour
 * unless told otherwise, and a Terraform apply or destroy that outlives its credentials
 * stops half-way. The request may not exceed what the role allows.
 */
export const sessionOutlastsTheJob: Policy = {
  name: "the AWS session lasts as long as the job may run, within the role's maximum",
  check(workflows) {
    const violations: string[] = [];
    const maximum = roleMaxSessionSeconds();
    for (const workflow of each(workflows)) {
      for (const [jobId, job] of jobsOf(workflow)) {
        const jobSeconds = Number(job["timeout-minutes"] ?? 360) * 60;
        for (const step of stepsOf(job)) {
          if (!step.uses?.startsWith("aws-actions/configure-aws-credentials")) continue;
          const seconds = Number(step.with?.["role-duration-seconds"] ?? 3600);
          if (seconds < jobSeconds) {
            violations.push(
              `${workflow.file}: job ${jobId} may run ${jobSeconds} s but its AWS session lasts ${seconds} s`,
            );
          }
          if (seconds > maximum) {
            violations.push(
              `${workflow.file}: job ${jobId} asks for a ${seconds} s session; the role allows ${maximum} s`,
            );
          }
        }
      }
    }
    return violations;
  },
};
