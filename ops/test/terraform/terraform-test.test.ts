import { afterAll, beforeAll, expect, it } from "vitest";
import {
  breakCopy,
  copyTerraformTree,
  describeWithTerraform,
  inBatches,
  type RunResult,
  runOffline,
  testedDirectories,
} from "./support/terraform-offline.js";

/**
 * Deliberately broken copies: each weakens one security or wiring property in the code and
 * names the `terraform test` assertion that must catch it.
 */
const brokenCopies = [
  {
    breaks: "ECR scan on push",
    dir: "modules/ecr",
    file: "modules/ecr/main.tf",
    from: "scan_on_push = true",
    to: "scan_on_push = false",
    caughtBy: "ECR must scan every image on push.",
  },
  {
    breaks: "ECR tag immutability",
    dir: "modules/ecr",
    file: "modules/ecr/main.tf",
    from: 'image_tag_mutability = "IMMUTABLE"',
    to: 'image_tag_mutability = "MUTABLE"',
    caughtBy: "ECR tags must be immutable.",
  },
  {
    breaks: "OIDC trust (any repository's dev environment)",
    dir: "modules/github-oidc",
    file: "modules/github-oidc/role.tf",
    from: `"repo:\${var.github_repository}:environment:\${var.github_environment}"`,
    to: `"repo:*:environment:\${var.github_environment}"`,
    caughtBy: "OIDC trust must be limited to this repository's main branch and dev environment.",
  },
  {
    breaks: "no wildcard actions in the deploy role",
    dir: "modules/github-oidc",
    file: "modules/github-oidc/policy-deploy.tf",
    from: '"ecr:PutImage",',
    to: '"ecr:*",',
    caughtBy: 'No "*" actions',
  },
  {
    breaks: "the state bucket's public access block",
    dir: "bootstrap",
    file: "bootstrap/state-bucket.tf",
    from: "restrict_public_buckets = true",
    to: "restrict_public_buckets = false",
    caughtBy: "All four public access blocks must be on for the state bucket.",
  },
  {
    breaks: "the API endpoint's allowed CIDRs",
    dir: "modules/eks",
    file: "modules/eks/cluster.tf",
    from: "var.endpoint_public_access ? var.endpoint_public_access_cidrs : null",
    to: 'var.endpoint_public_access ? ["0.0.0.0/0"] : null',
    caughtBy: "The public API endpoint must be limited to endpoint_public_access_cidrs.",
  },
  {
    breaks: "NetworkPolicy enforcement by the VPC CNI",
    dir: "modules/eks",
    file: "modules/eks/addons.tf",
    from: 'vpc-cni = { enableNetworkPolicy = "true" }',
    to: 'vpc-cni = { enableNetworkPolicy = "false" }',
    caughtBy: "The VPC CNI must enforce NetworkPolicies (enableNetworkPolicy).",
  },
  {
    breaks: "the metrics-server add-on (the HPA's CPU metric)",
    dir: "modules/eks",
    file: "modules/eks/addons.tf",
    from: 'addons_after_nodes = toset(["coredns", "metrics-server"])',
    to: 'addons_after_nodes = toset(["coredns", "kube-state-metrics"])',
    caughtBy:
      "The cluster needs vpc-cni, kube-proxy, eks-pod-identity-agent, coredns, metrics-server",
  },
  {
    breaks: "the ECS task's user (not the image's)",
    dir: "modules/ecs",
    file: "modules/ecs/task-definition.tf",
    from: 'user                   = "1000:1000"',
    to: 'user                   = "10001:10001"',
    caughtBy: "must run as the image's user 1000:1000",
  },
  {
    breaks: "METRICS_PORT on ECS (/metrics through the load balancer)",
    dir: "modules/ecs",
    file: "modules/ecs/task-definition.tf",
    from: "        METRICS_PORT = tostring(var.metrics_port)\n",
    to: "",
    caughtBy: "/metrics must be on METRICS_PORT 9464",
  },
  {
    breaks: "TRUST_PROXY on ECS (true: any client could forge X-Forwarded-For)",
    dir: "modules/ecs",
    file: "modules/ecs/task-definition.tf",
    from: "TRUST_PROXY  = local.trust_proxy",
    to: 'TRUST_PROXY  = "true"',
    caughtBy: "TRUST_PROXY must list the load balancer's subnets",
  },
  {
    breaks: "the ECS tasks' trusted proxies (the private subnets instead of the ALB's)",
    dir: "envs/dev",
    file: "modules/network/outputs.tf",
    from: "value       = aws_subnet.public[*].cidr_block",
    to: "value       = aws_subnet.private[*].cidr_block",
    caughtBy: "The tasks must trust X-Forwarded-For from the ALB's public subnets only",
  },
  {
    breaks: "the three zones of the dev profile",
    dir: "envs/dev",
    file: "envs/dev/variables.tf",
    from: "  default     = 3\n",
    to: "  default     = 2\n",
    caughtBy: "The dev profile is three zones",
  },
  {
    breaks: "the load balancer controller's subnet tag",
    dir: "modules/network",
    file: "modules/network/subnets.tf",
    from: '"kubernetes.io/role/elb" = "1"',
    to: '"kubernetes.io/role/elb" = "0"',
    caughtBy: "Public subnets must carry kubernetes.io/role/elb=1",
  },
  {
    breaks: "the latency alarm",
    dir: "modules/observability",
    file: "modules/observability/alarms.tf",
    from: "    latency = {",
    to: "    slow-but-unwatched = {",
    caughtBy: "Alarms on app 5xx, load balancer 5xx, latency and unhealthy targets must exist.",
  },
] as const;

describeWithTerraform("terraform test (mocked AWS provider)", () => {
  let copy: ReturnType<typeof copyTerraformTree>;
  let broken: ReturnType<typeof copyTerraformTree>;
  const passing = new Map<string, RunResult>();
  const failing = new Map<string, RunResult>();

  // Two terraform processes at a time keep both cores busy without thrashing.
  beforeAll(async () => {
    copy = copyTerraformTree();
    broken = copyTerraformTree();
    for (const b of brokenCopies) breakCopy(broken.root, b.file, b.from, b.to);
    const brokenDirs = [...new Set(brokenCopies.map((b) => b.dir))];
    await inBatches(
      [
        ...testedDirectories.map((dir) => async () => {
          passing.set(dir, await runOffline(["test", `${copy.root}/${dir}`]));
        }),
        ...brokenDirs.map((dir) => async () => {
          failing.set(dir, await runOffline(["test", `${broken.root}/${dir}`]));
        }),
      ],
      2,
    );
  });

  afterAll(() => {
    copy?.remove();
    broken?.remove();
  });

  it.each(testedDirectories)("passes every run in %s", (dir) => {
    const result = passing.get(dir);
    expect(result?.output).toMatch(/Success! \d+ passed, 0 failed\./);
    expect(result?.status).toBe(0);
  });

  it.each(brokenCopies)("fails when a copy breaks $breaks", ({ dir, caughtBy }) => {
    const result = failing.get(dir);
    expect(result?.status).not.toBe(0);
    // terraform wraps messages at 78 columns.
    expect(result?.output.replace(/\s+/g, " ")).toContain(caughtBy);
  });
});
