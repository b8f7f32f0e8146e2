import { describe, expect, it } from "vitest";
import { POLICIES } from "./policies/index.js";
import { readmeTestCommand } from "./policies/pipeline.js";
import { BREAKAGES } from "./support/breakages.js";
import { brokenCopy, realWorkflows } from "./support/mutations.js";
import { workflowFiles } from "./support/repo.js";

describe("our workflows", () => {
  it("exist: ci.yml, deploy.yml and destroy.yml", () => {
    expect(workflowFiles()).toEqual(
      expect.arrayContaining(["ci.yml", "deploy.yml", "destroy.yml"]),
    );
  });

  it("run the README's test command, which is bash scripts/test.sh", () => {
    expect(readmeTestCommand()).toBe("bash scripts/test.sh");
  });

  it.each(POLICIES.map((policy) => [policy.name, policy] as const))("pass: %s", (_name, policy) => {
    expect(policy.check(realWorkflows())).toEqual([]);
  });
});

describe("each policy fails on a deliberately broken copy", () => {
  it.each(BREAKAGES.map((b) => [`${b.file}: ${b.why}`, b] as const))(
    "%s",
    (_label, { policy, file, edit }) => {
      const violations = policy.check(brokenCopy(file, edit));
      expect(violations.length).toBeGreaterThan(0);
    },
  );

  it("covers every policy", () => {
    const covered = new Set(BREAKAGES.map((b) => b.policy));
    expect(POLICIES.filter((policy) => !covered.has(policy)).map((p) => p.name)).toEqual([]);
  });
});
