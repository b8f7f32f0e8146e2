import {
  environmentGuardsAws,
  idTokenOnlyWhereAwsIsCalled,
  noStaticAwsKeys,
  sessionOutlastsTheJob,
} from "../policies/credentials.js";
import {
  checkoutDropsCredentials,
  concurrencyGroups,
  leastPrivilege,
} from "../policies/hygiene.js";
import { actionsPinnedBySha, noLatest } from "../policies/pinning.js";
import {
  destroyOrder,
  imagesNameTheirSource,
  manualDeployKeepsTheTarget,
  sameTestCommandAsReadme,
} from "../policies/pipeline.js";
import type { Policy } from "../policies/types.js";
import { moveStepBefore, replace } from "./mutations.js";
import { gh } from "./workflow.js";

/** One way to break a workflow, and the policy that must catch it. */
const CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
const ROLE = `role-to-assume: ${gh("vars.AWS_DEPLOY_ROLE_ARN")}`;

export interface Breakage {
  policy: Policy;
  file: string;
  why: string;
  edit: (text: string) => string;
}

export const BREAKAGES: Breakage[] = [
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
  // Session length.
  {
    policy: sessionOutlastsTheJob,
    file: "deploy.yml",
    why: "the deploy job's session keeps the one-hour default",
    edit: replace("          role-duration-seconds: 7200\n", ""),
  },
  {
    policy: sessionOutlastsTheJob,
    file: "destroy.yml",
    why: "the destroy job's session keeps the one-hour default",
    edit: replace("          role-duration-seconds: 7200\n", ""),
  },
  {
    policy: sessionOutlastsTheJob,
    file: "deploy.yml",
    why: "the deploy job asks for more than the role allows",
    edit: replace("role-duration-seconds: 7200", "role-duration-seconds: 43200"),
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
    policy: manualDeployKeepsTheTarget,
    file: "deploy.yml",
    why: "a manual run defaults to eks, overriding DEPLOY_TARGET=ecs",
    edit: replace("        default: repository default\n", "        default: eks\n"),
  },
  {
    policy: manualDeployKeepsTheTarget,
    file: "deploy.yml",
    why: "any target input wins over DEPLOY_TARGET",
    edit: replace(
      "(inputs.target == 'eks' || inputs.target == 'ecs') && inputs.target || vars.DEPLOY_TARGET",
      "inputs.target || vars.DEPLOY_TARGET",
    ),
  },
  {
    policy: manualDeployKeepsTheTarget,
    file: "deploy.yml",
    why: "switch_target never reaches terraform-apply.sh",
    edit: replace(
      `          ALLOW_TARGET_SWITCH: ${gh("inputs.switch_target && 'true' || 'false'")}\n`,
      "",
    ),
  },
  {
    policy: imagesNameTheirSource,
    file: "ci.yml",
    why: "CI's image build leaves the source label empty",
    edit: replace(
      `            SOURCE_URL=${gh("github.server_url")}/${gh("github.repository")}\n`,
      "",
    ),
  },
  {
    policy: imagesNameTheirSource,
    file: "deploy.yml",
    why: "the pushed image's source label is empty",
    edit: replace(
      `            SOURCE_URL=${gh("github.server_url")}/${gh("github.repository")}\n`,
      "",
    ),
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
