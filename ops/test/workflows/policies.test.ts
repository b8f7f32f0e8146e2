import { describe, expect, it } from "vitest";
import {
  environmentGuardsAws,
  idTokenOnlyWhereAwsIsCalled,
  noStaticAwsKeys,
} from "./policies/credentials.js";
import { checkoutDropsCredentials, concurrencyGroups, leastPrivilege } from "./policies/hygiene.js";
import { POLICIES } from "./policies/index.js";
import { actionsPinnedBySha, noLatest } from "./policies/pinning.js";
import { destroyOrder, readmeTestCommand, sameTestCommandAsReadme } from "./policies/pipeline.js";
import type { Policy, WorkflowSet } from "./policies/types.js";
import { workflowFiles } from "./support/repo.js";
import { gh, loadWorkflow, parseWorkflow } from "./support/workflow.js";

const realWorkflows = (): WorkflowSet =>
  Object.fromEntries(workflowFiles().map((file) => [file, loadWorkflow(file)]));

/** Replaces `from` (which must be there: a mutation that misses would prove nothing). */
const replace =
  (from: string, to: string) =>
  (text: string): string => {
    if (!text.includes(from)) throw new Error(`mutation target not found: ${from}`);
    return text.replace(from, to);
  };

/** Moves the step that starts with `moved` to just before the step that starts with `before`. */
const moveStepBefore =
  (moved: string, before: string) =>
  (text: string): string => {
    const lines = text.split("\n");
    const start = lines.findIndex((line) => line.includes(moved));
    const target = lines.findIndex((line) => line.includes(before));
    if (start < 0 || target < 0) throw new Error(`steps not found: ${moved} / ${before}`);
    const indent = /^\s*-/.exec(lines[start] ?? "")?.[0] ?? "";
    let end = start + 1;
    while (
      end < lines.length &&
      !(lines[end] ?? "").startsWith(indent) &&
      (lines[end] ?? "").trim() !== ""
    )
      end++;
    const block = lines.splice(start, end - start);
    lines.splice(target < start ? target : target - block.length, 0, ...block);
    return lines.join("\n");
  };

/** The real workflows with one file replaced by a deliberately broken copy. */
function brokenCopy(file: string, edit: (text: string) => string): WorkflowSet {
  const workflows = realWorkflows();
  const original = workflows[file];
  if (!original) throw new Error(`${file} is missing`);
  workflows[file] = parseWorkflow(file, edit(original.text));
  return workflows;
}

const CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
const ROLE = `role-to-assume: ${gh("vars.AWS_DEPLOY_ROLE_ARN")}`;

interface Breakage {
  policy: Policy;
  file: string;
  why: string;
  edit: (text: string) => string;
}

const BREAKAGES: Breakage[] = [
  // Static AWS keys, in each form they take.
  {
    policy: noStaticAwsKeys,
    file: "deploy.yml",
    why: "the role step also gets an access key from secrets",
    edit: replace(ROLE, `${ROLE}\n          aws-access-key-id: ${gh("secrets.AWS_ACCESS_KEY_ID")}`),
  },
  {
    policy: noStaticAwsKeys,
    file: "ci.yml",
    why: "a job exports AWS_SECRET_ACCESS_KEY",
    edit: replace(
      "    timeout-minutes: 10\n",
      `    timeout-minutes: 10\n    env:\n      AWS_SECRET_ACCESS_KEY: ${gh("secrets.KEY")}\n`,
    ),
  },
  {
    policy: noStaticAwsKeys,
    file: "ci.yml",
    why: "a run step contains a literal access key id",
    edit: replace(
      "run: bash scripts/ci/audit-dependencies.sh",
      "run: aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE",
    ),
  },
  {
    policy: noStaticAwsKeys,
    file: "deploy.yml",
    why: "credentials are configured without a role",
    edit: replace(`          ${ROLE}\n`, ""),
  },
  // OIDC token scope.
  {
    policy: idTokenOnlyWhereAwsIsCalled,
    file: "ci.yml",
    why: "every job gets id-token from the top level",
    edit: replace(
      "permissions:\n  contents: read\n",
      "permissions:\n  contents: read\n  id-token: write\n",
    ),
  },
  {
    policy: idTokenOnlyWhereAwsIsCalled,
    file: "destroy.yml",
    why: "the confirmation job, which never calls AWS, gets id-token",
    edit: replace(
      "    timeout-minutes: 5\n",
      "    timeout-minutes: 5\n    permissions:\n      contents: read\n      id-token: write\n",
    ),
  },
  {
    policy: idTokenOnlyWhereAwsIsCalled,
    file: "deploy.yml",
    why: "the deploy job loses id-token",
    edit: replace("      contents: read\n      id-token: write\n", "      contents: read\n"),
  },
  {
    policy: idTokenOnlyWhereAwsIsCalled,
    file: "ci.yml",
    why: "a CI job calls the aws CLI",
    edit: replace("run: bash scripts/ci/audit-dependencies.sh", "run: aws s3 ls"),
  },
  {
    policy: environmentGuardsAws,
    file: "deploy.yml",
    why: "the deploy job leaves the dev environment",
    edit: replace(
      `    environment:\n      name: dev\n      url: ${gh("steps.address.outputs.url")}\n`,
      "",
    ),
  },
  // Pinning.
  {
    policy: actionsPinnedBySha,
    file: "ci.yml",
    why: "an action is referenced by a tag",
    edit: replace(CHECKOUT, "actions/checkout@v7"),
  },
  {
    policy: actionsPinnedBySha,
    file: "ci.yml",
    why: "an action is pinned to a short SHA",
    edit: replace(CHECKOUT, "actions/checkout@3d3c42e # v7.0.1"),
  },
  {
    policy: actionsPinnedBySha,
    file: "destroy.yml",
    why: "a pinned action lost its version comment",
    edit: replace(CHECKOUT, "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1"),
  },
  {
    policy: actionsPinnedBySha,
    file: "ci.yml",
    why: "a step runs a Docker image by tag",
    edit: replace(`uses: ${CHECKOUT}`, "uses: docker://alpine:3.20"),
  },
  // latest.
  {
    policy: noLatest,
    file: "ci.yml",
    why: "a job runs on ubuntu-latest",
    edit: replace("runs-on: ubuntu-24.04", "runs-on: ubuntu-latest"),
  },
  {
    policy: noLatest,
    file: "deploy.yml",
    why: "the pushed image is also tagged latest",
    edit: replace(
      `tags: ${gh("steps.image.outputs.ref")}`,
      `tags: |\n            ${gh("steps.image.outputs.ref")}\n            ${gh("steps.infra.outputs.ecr_repository_url")}:latest`,
    ),
  },
  {
    policy: noLatest,
    file: "ci.yml",
    why: "the test container has no tag",
    edit: replace("image: node:20.20.2-bookworm", "image: node"),
  },
  {
    policy: noLatest,
    file: "deploy.yml",
    why: "setup-helm is left on its default version (latest)",
    edit: replace("          version: v4.2.4\n", ""),
  },
  // Checkout, permissions, concurrency.
  {
    policy: checkoutDropsCredentials,
    file: "deploy.yml",
    why: "checkout keeps the token",
    edit: replace("persist-credentials: false", "persist-credentials: true"),
  },
  {
    policy: leastPrivilege,
    file: "ci.yml",
    why: "the top level grants contents: write",
    edit: replace("permissions:\n  contents: read\n", "permissions:\n  contents: write\n"),
  },
  {
    policy: leastPrivilege,
    file: "deploy.yml",
    why: "a job can write packages",
    edit: replace("      id-token: write\n", "      id-token: write\n      packages: write\n"),
  },
  {
    policy: concurrencyGroups,
    file: "ci.yml",
    why: "CI has no concurrency group",
    edit: replace(
      `concurrency:\n  group: ci-${gh("github.workflow")}-${gh("github.event.pull_request.number || github.ref")}\n  cancel-in-progress: true\n`,
      "",
    ),
  },
  {
    policy: concurrencyGroups,
    file: "destroy.yml",
    why: "a destroy may be cancelled half-way",
    edit: replace(
      "  group: aws-dev\n  cancel-in-progress: false",
      "  group: aws-dev\n  cancel-in-progress: true",
    ),
  },
  {
    policy: concurrencyGroups,
    file: "destroy.yml",
    why: "destroy and deploy use different groups",
    edit: replace("  group: aws-dev\n", "  group: destroy-dev\n"),
  },
  // The pipeline's shape.
  {
    policy: sameTestCommandAsReadme,
    file: "ci.yml",
    why: "CI runs another test command",
    edit: replace("run: bash scripts/test.sh", "run: npm test"),
  },
  {
    policy: sameTestCommandAsReadme,
    file: "deploy.yml",
    why: "the deploy job no longer waits for CI",
    edit: replace("    needs: ci\n", ""),
  },
  {
    policy: destroyOrder,
    file: "destroy.yml",
    why: "the controller is removed before the app's Ingress/Service",
    edit: moveStepBefore(
      "- name: Remove the AWS Load Balancer Controller",
      "- name: Delete the app's Ingress and Service",
    ),
  },
  {
    policy: destroyOrder,
    file: "destroy.yml",
    why: "terraform destroy runs first",
    edit: moveStepBefore("- name: Terraform destroy", "- name: Point kubectl at the cluster"),
  },
  {
    policy: destroyOrder,
    file: "destroy.yml",
    why: "the app's Ingress/Service are never deleted",
    edit: replace("run: bash scripts/ci/delete-app-eks.sh", "run: echo skipped"),
  },
  {
    policy: destroyOrder,
    file: "destroy.yml",
    why: "the destroy job does not wait for the confirmation",
    edit: replace("    needs: confirm\n", ""),
  },
  {
    policy: destroyOrder,
    file: "destroy.yml",
    why: "destroy also runs on push",
    edit: replace("on:\n  workflow_dispatch:", "on:\n  push:\n  workflow_dispatch:"),
  },
];

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
