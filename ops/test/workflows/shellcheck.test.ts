import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ciScripts, REPO_ROOT, workflowFiles } from "./support/repo.js";
import { shellcheckFiles, shellcheckSource } from "./support/shellcheck.js";
import { jobsOf, loadWorkflow, scriptsRunBy, stepsOf } from "./support/workflow.js";

/** Every run: block of our workflows, with where it is. */
const runBlocks = workflowFiles().flatMap((file) =>
  jobsOf(loadWorkflow(file)).flatMap(([jobId, job]) =>
    stepsOf(job)
      .filter((step) => step.run !== undefined)
      .map((step) => ({
        where: `${file} ${jobId}: ${step.name ?? step.run}`,
        run: step.run ?? "",
      })),
  ),
);

/** ${{ ... }} is substituted by the runner before bash sees it; shellcheck gets a stand-in. */
const asBash = (run: string): string => `${run.replace(/\$\{\{[^}]*\}\}/g, "GITHUB_EXPRESSION")}\n`;

describe("shellcheck", () => {
  it("passes on every pipeline script (scripts/ci/*.sh)", () => {
    const scripts = ciScripts();
    expect(scripts.length).toBeGreaterThan(10);
    const result = shellcheckFiles(scripts);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("fails on a script with an unquoted variable (the check can fail)", () => {
    const result = shellcheckSource("#!/usr/bin/env bash\nrm -rf $1/build\n");
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/SC2086/);
  });

  it.each(runBlocks.map((block) => [block.where, block.run] as const))(
    "passes on the run: block of %s",
    (_where, run) => {
      const result = shellcheckSource(asBash(run));
      expect(result.output).toBe("");
    },
  );

  // Anything longer than one command belongs in a script under scripts/ci, where it is
  // shellchecked above and can be run by hand.
  it.each(runBlocks.map((block) => [block.where, block.run] as const))(
    "keeps %s to one line",
    (_where, run) => {
      expect(run.trim().split("\n")).toHaveLength(1);
    },
  );

  it("every script a workflow runs exists", () => {
    const missing = runBlocks
      .flatMap((block) => scriptsRunBy(block.run))
      .filter((path) => !existsSync(join(REPO_ROOT, path)));
    expect(missing).toEqual([]);
  });
});
