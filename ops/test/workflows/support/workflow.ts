import { existsSync } from "node:fs";
import { join } from "node:path";
import { isPair, isScalar, parseDocument, visit } from "yaml";
import { REPO_ROOT, readRepoFile } from "./repo.js";

const scriptExists = (path: string): boolean => existsSync(join(REPO_ROOT, path));

/**
 * A workflow as the policies see it: the parsed data (typed loosely, as GitHub reads it),
 * plus the YAML document for what plain data loses (the comment after `uses:`).
 */
export interface Workflow {
  file: string;
  text: string;
  data: WorkflowData;
  /** Every `uses:` value in the file with the comment on its line (jobs and steps). */
  uses: UsesRef[];
}

export interface UsesRef {
  value: string;
  comment: string;
}

export interface WorkflowData {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

export interface Job {
  name?: string;
  "runs-on"?: unknown;
  "timeout-minutes"?: number;
  needs?: string | string[];
  if?: string;
  permissions?: unknown;
  environment?: string | { name?: string; url?: string };
  container?: string | { image?: string; options?: string };
  env?: Record<string, unknown>;
  /** A job that calls a reusable workflow has `uses` instead of steps. */
  uses?: string;
  steps?: Step[];
}

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

/** Parses workflow text; throws on YAML errors (actionlint reports those in detail). */
export function parseWorkflow(file: string, text: string): Workflow {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
  const data = doc.toJS() as WorkflowData;
  if (!data || typeof data !== "object" || !data.jobs) throw new Error(`${file}: no jobs`);

  const uses: UsesRef[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === "uses" && isScalar(pair.value)) {
        uses.push({ value: String(pair.value.value), comment: (pair.value.comment ?? "").trim() });
      }
    },
  });
  return { file, text, data, uses };
}

export const loadWorkflow = (file: string): Workflow =>
  parseWorkflow(file, readRepoFile(`.github/workflows/${file}`));

export const jobsOf = (workflow: Workflow): [string, Job][] => Object.entries(workflow.data.jobs);

export const stepsOf = (job: Job): Step[] => job.steps ?? [];

/** The action a step uses, without its ref: "aws-actions/configure-aws-credentials". */
export const actionName = (uses: string): string => uses.split("@")[0] ?? uses;

/** True when the job assumes an AWS role through OIDC (configure-aws-credentials). */
export const assumesAwsRole = (job: Job): boolean =>
  stepsOf(job).some(
    (step) =>
      step.uses !== undefined && actionName(step.uses) === "aws-actions/configure-aws-credentials",
  );

/**
 * Commands that reach AWS: the aws CLI, kubectl and helm (our clusters are EKS, whose
 * kubeconfig authenticates through the aws CLI), and Terraform with the S3 backend.
 */
const AWS_COMMAND = /(^|[\s(|;&])(aws|kubectl|helm)\s+[a-z-]|-backend-config/m;

/** True when a script of ours, or a script it runs, reaches AWS. */
export function scriptTalksToAws(path: string, seen = new Set<string>()): boolean {
  if (seen.has(path)) return false;
  seen.add(path);
  // Comments may name commands; only code counts.
  const text = readRepoFile(path).replace(/^\s*#.*$/gm, "");
  if (AWS_COMMAND.test(text)) return true;
  const called = [...text.matchAll(/([\w-]+\.sh)\b/g)].map((match) => `scripts/ci/${match[1]}`);
  return called.some(
    (script) => script !== path && scriptExists(script) && scriptTalksToAws(script, seen),
  );
}

/** The scripts/ci/*.sh a run: block invokes. */
export const scriptsRunBy = (run: string): string[] =>
  [...run.matchAll(/scripts\/ci\/[\w-]+\.sh/g)].map((match) => match[0]);

/** True when the job talks to AWS in any way: an AWS action, a command, or a script of ours. */
export const talksToAws = (job: Job): boolean =>
  stepsOf(job).some(
    (step) =>
      (step.uses !== undefined && actionName(step.uses).startsWith("aws-actions/")) ||
      (step.run !== undefined &&
        (AWS_COMMAND.test(step.run) ||
          scriptsRunBy(step.run).some((path) => scriptTalksToAws(path)))),
  );

/** A GitHub expression as it appears in workflow text: gh("github.sha") is "${{ github.sha }}". */
export const gh = (expression: string): string => `$\{{ ${expression} }}`;
