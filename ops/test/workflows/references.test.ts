import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ciScripts, REPO_ROOT, readRepoFile, workflowFiles } from "./support/repo.js";
import { loadWorkflow, stepsOf } from "./support/workflow.js";

/**
 * Names that the pipeline's files and its docs give each other must agree: a script's
 * error message that points at a missing page, or a Terraform output that tells operators
 * to set a GitHub variable no workflow reads, sends them the wrong way.
 */

/** Every file of the pipeline that may point at docs or name a GitHub variable. */
function pipelineFiles(): string[] {
  const terraform = (
    readdirSync(join(REPO_ROOT, "deploy/terraform"), { recursive: true }) as string[]
  )
    .filter((path) => path.endsWith(".tf") && !path.includes(".terraform"))
    .map((path) => `deploy/terraform/${path}`);
  return [
    "Dockerfile",
    ...ciScripts(),
    ...workflowFiles().map((file) => `.github/workflows/${file}`),
    ...terraform,
  ];
}

const workflowText = () =>
  workflowFiles()
    .map((file) => readRepoFile(`.github/workflows/${file}`))
    .join("\n");

describe("names shared by the pipeline and its docs", () => {
  it("point only at docs pages that exist", () => {
    const missing = pipelineFiles().flatMap((file) =>
      [...readRepoFile(file).matchAll(/\bdocs\/[\w./-]+\.md\b/g)]
        .map((match) => match[0])
        .filter((page) => !existsSync(join(REPO_ROOT, page)))
        .map((page) => `${file}: ${page}`),
    );
    expect(missing).toEqual([]);
  });

  it("name only GitHub variables a workflow reads (Terraform outputs for operators)", () => {
    const read = new Set(
      [...workflowText().matchAll(/\bvars\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]),
    );
    const outputs = pipelineFiles().filter((file) => file.endsWith("outputs.tf"));
    const named = outputs.flatMap((file) =>
      [...readRepoFile(file).matchAll(/\b(AWS_[A-Z0-9_]*ARN)\b/g)].map((match) => ({
        file,
        name: match[1] ?? "",
      })),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(({ name }) => !read.has(name))).toEqual([]);
  });

  it("give the Helm major version the pipeline installs in the prerequisites", () => {
    const versions = workflowFiles().flatMap((file) =>
      Object.values(loadWorkflow(file).data.jobs).flatMap((job) =>
        stepsOf(job)
          .filter((step) => step.uses?.startsWith("azure/setup-helm@"))
          .map((step) => String(step.with?.version ?? "")),
      ),
    );
    const majors = new Set(versions.map((version) => /^v(\d+)\./.exec(version)?.[1]));
    expect(majors.size).toBe(1);
    const prerequisites = /## Prerequisites([\s\S]*?)\n## /.exec(
      readRepoFile("docs/deploy-aws.md"),
    )?.[1];
    expect(prerequisites).toMatch(new RegExp(`\\bHelm ${[...majors][0]}\\b`));
    expect(prerequisites).toContain(versions[0]);
  });
});
