import { describe, expect, it } from "vitest";
import { actionlint, formatFindings } from "./support/actionlint.js";
import { readRepoFile, workflowFiles } from "./support/repo.js";
import { gh } from "./support/workflow.js";

describe("actionlint (WebAssembly build)", () => {
  it.each(workflowFiles())("finds nothing in %s", async (file) => {
    const findings = await actionlint(
      readRepoFile(`.github/workflows/${file}`),
      `.github/workflows/${file}`,
    );
    expect(formatFindings(file, findings)).toBe("");
  });

  // Proof that the check can fail: the same linter on deliberately broken copies.
  const deploy = readRepoFile(".github/workflows/deploy.yml");
  const broken: [string, string, RegExp][] = [
    [
      "an output of a step that does not exist",
      deploy.replace(`${gh("steps.image.outputs.ref")}`, `${gh("steps.imgae.outputs.ref")}`),
      /imgae/,
    ],
    [
      "untrusted pull request text pasted into a shell script",
      deploy.replace(
        "run: bash scripts/ci/resolve-image.sh",
        `run: echo "${gh("github.event.head_commit.message")}"`,
      ),
      /potentially untrusted/,
    ],
    [
      "an unknown runner label",
      deploy.replace("runs-on: ubuntu-24.04", "runs-on: ubuntu-42.04"),
      /ubuntu-42\.04/,
    ],
    [
      "a misspelled job key",
      deploy.replace("    timeout-minutes: 90", "    timeout_minutes: 90"),
      /timeout_minutes/,
    ],
  ];
  it.each(broken)("reports %s", async (_label, text, expected) => {
    expect(text).not.toBe(deploy);
    const findings = await actionlint(text, ".github/workflows/deploy.yml");
    expect(formatFindings("deploy.yml", findings)).toMatch(expected);
  });
});
