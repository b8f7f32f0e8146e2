import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { attribute, output, type Plan, plannedResources } from "./support/plan-json.js";
import {
  networkViolations,
  policyViolations,
  registryViolations,
  storageViolations,
  trustViolations,
} from "./support/policy-rules.js";
import {
  breakCopy,
  copyTerraformTree,
  describeWithTerraform,
  inBatches,
  runOffline,
} from "./support/terraform-offline.js";

const githubRepository = "acme/netflix-clone";
const accountVars = [
  "-var",
  `github_repository=${githubRepository}`,
  "-var",
  "aws_account_id=123456789012",
];
const envVars = [
  ...accountVars,
  "-var",
  'availability_zones=["us-east-1a","us-east-1b"]',
  "-var",
  'eks_public_access_cidrs=["203.0.113.0/24"]',
  "-var",
  "enable_cache=true",
];

function allViolations(plan: Plan): string[] {
  return [
    ...policyViolations(plan),
    ...trustViolations(plan, githubRepository),
    ...networkViolations(plan),
    ...registryViolations(plan),
    ...storageViolations(plan),
  ];
}

function policyOf(
  plan: Plan,
  address: string,
): { Statement: { Sid?: string; Resource: string | string[] }[] } {
  const resource = plannedResources(plan).find((r) => r.address === address);
  if (!resource) throw new Error(`${address} is not in the plan`);
  return JSON.parse(String(attribute(resource, "policy")));
}

function statementResources(plan: Plan, address: string, sid: string): string[] {
  const statement = policyOf(plan, address).Statement.find((s) => s.Sid === sid);
  return [statement?.Resource ?? []].flat();
}

describeWithTerraform("policies in plans made with fake credentials", () => {
  const copies: ReturnType<typeof copyTerraformTree>[] = [];
  const plans: Record<string, Plan> = {};

  beforeAll(async () => {
    const [main, ecs, broken] = [copyTerraformTree(), copyTerraformTree(), copyTerraformTree()];
    copies.push(main, ecs, broken);
    // What a careless change could do: a wildcard action and any repository's dev environment
    // in the deploy role, SSH open on the ECS load balancer, unscanned images.
    breakCopy(broken.root, "modules/github-oidc/policy-deploy.tf", '"ecr:PutImage",', '"ecr:*",');
    breakCopy(
      broken.root,
      "modules/github-oidc/role.tf",
      `"repo:\${var.github_repository}:environment:\${var.github_environment}"`,
      `"repo:*:environment:\${var.github_environment}"`,
    );
    breakCopy(
      broken.root,
      "modules/ecs/security-groups.tf",
      "? [80] : [80, 443]",
      "? [80, 22] : [80, 443]",
    );
    breakCopy(broken.root, "modules/ecr/main.tf", "scan_on_push = true", "scan_on_push = false");

    const planned = (name: string, dir: string, vars: string[]) => async () => {
      const file = join(dir, `${name}.plan.json`);
      const result = await runOffline(["plan-json", dir, file, ...vars]);
      if (result.status !== 0) throw new Error(`plan of ${name} failed:\n${result.output}`);
      plans[name] = JSON.parse(readFileSync(file, "utf8")) as Plan;
    };
    await inBatches(
      [
        planned("bootstrap", `${main.root}/bootstrap`, accountVars),
        planned("eks", `${main.root}/envs/dev`, [...envVars, "-var", "deploy_target=eks"]),
        planned("ecs", `${ecs.root}/envs/dev`, [...envVars, "-var", "deploy_target=ecs"]),
        planned("broken-bootstrap", `${broken.root}/bootstrap`, accountVars),
        planned("broken-ecs", `${broken.root}/envs/dev`, [...envVars, "-var", "deploy_target=ecs"]),
      ],
      2,
    );
  });

  afterAll(() => {
    for (const copy of copies) copy.remove();
  });

  it.each(["bootstrap", "eks", "ecs"])("finds no violation in the %s plan", (name) => {
    expect(allViolations(plans[name] ?? {})).toEqual([]);
  });

  it("reads every policy the plans create (the rules are not vacuous)", () => {
    const count = (plan: Plan, type: string) => plannedResources(plan, type).length;
    // bootstrap: the deploy role, its four inline and four managed policies, the bucket policy.
    expect(count(plans.bootstrap ?? {}, "aws_iam_role")).toBe(1);
    expect(count(plans.bootstrap ?? {}, "aws_iam_role_policy")).toBe(4);
    expect(count(plans.bootstrap ?? {}, "aws_iam_policy")).toBe(4);
    expect(count(plans.bootstrap ?? {}, "aws_s3_bucket_policy")).toBe(1);
    // eks: cluster, node, CloudWatch agent, load balancer controller and flow-log roles.
    expect(count(plans.eks ?? {}, "aws_iam_role")).toBe(5);
    // ecs: execution, task and flow-log roles.
    expect(count(plans.ecs ?? {}, "aws_iam_role")).toBe(3);
  });

  it("catches a wildcard action, an open trust, SSH to the world and unscanned images in a broken copy", () => {
    expect(allViolations(plans["broken-bootstrap"] ?? {})).toEqual(
      expect.arrayContaining([
        expect.stringContaining("allows every action of ecr:*"),
        expect.stringContaining("GitHub trust admits repo:*:environment:dev"),
      ]),
    );
    expect(allViolations(plans["broken-ecs"] ?? {})).toEqual(
      expect.arrayContaining([
        expect.stringContaining("port 22-22 open to the internet"),
        expect.stringContaining("scan on push is off"),
      ]),
    );
  });

  it("limits the EKS API endpoint to the configured CIDRs", () => {
    const [cluster] = plannedResources(plans.eks ?? {}, "aws_eks_cluster");
    const vpcConfig = attribute(cluster ?? ({} as never), "vpc_config") as {
      public_access_cidrs: string[];
    }[];
    expect(vpcConfig[0]?.public_access_cidrs).toEqual(["203.0.113.0/24"]);
  });

  it.each(["eks", "ecs"])("alarms on load balancer 5xx and latency for %s", (name) => {
    const alarms = plannedResources(plans[name] ?? {}, "aws_cloudwatch_metric_alarm");
    expect(alarms.map((a) => attribute(a, "alarm_name"))).toEqual(
      expect.arrayContaining([
        "netflix-clone-dev-app-5xx",
        "netflix-clone-dev-load-balancer-5xx",
        "netflix-clone-dev-latency",
        "netflix-clone-dev-unhealthy-targets",
      ]),
    );
  });

  it("queries the load balancer's 5xx and response time (EKS: known at plan time)", () => {
    const queries = plannedResources(plans.eks ?? {}, "aws_cloudwatch_metric_alarm").flatMap(
      (alarm) =>
        (attribute(alarm, "metric_query") as { expression: string }[]).map((q) => q.expression),
    );
    expect(queries).toEqual(
      expect.arrayContaining([
        expect.stringContaining("HTTPCode_Target_5XX_Count"),
        expect.stringContaining("HTTPCode_ELB_5XX_Count"),
        expect.stringContaining("TargetResponseTime"),
      ]),
    );
  });

  it("gives the bootstrap's deploy role exactly the names envs/dev creates", () => {
    const bootstrap = plans.bootstrap ?? {};
    const eks = plans.eks ?? {};
    const ecs = plans.ecs ?? {};
    expect(output(eks, "deploy_role_arn")).toBe(output(bootstrap, "deploy_role_arn"));

    const role = "module.github_oidc.aws_iam_role_policy";
    const [cluster] = plannedResources(eks, "aws_eks_cluster");
    expect(statementResources(bootstrap, `${role}.eks_deploy[0]`, "Kubeconfig")).toEqual([
      `arn:aws:eks:us-east-1:123456789012:cluster/${attribute(cluster ?? ({} as never), "name")}`,
    ]);

    const taskRoles = plannedResources(ecs, "aws_iam_role")
      .filter((r) => r.address.startsWith("module.ecs[0]."))
      .map((r) => `arn:aws:iam::123456789012:role/${attribute(r, "name")}`);
    expect(
      statementResources(bootstrap, `${role}.ecs_deploy[0]`, "PassTheTaskRoles").sort(),
    ).toEqual(taskRoles.sort());
    const [service] = plannedResources(ecs, "aws_ecs_service");
    expect(statementResources(bootstrap, `${role}.ecs_deploy[0]`, "RollOutThisService")).toEqual([
      `arn:aws:ecs:us-east-1:123456789012:service/${output(ecs, "ecs_cluster_name")}/${attribute(service ?? ({} as never), "name")}`,
    ]);

    const [repository] = plannedResources(eks, "aws_ecr_repository");
    expect(
      statementResources(bootstrap, `${role}.ecr_push`, "PushAndInspectThisRepository"),
    ).toEqual([
      `arn:aws:ecr:us-east-1:123456789012:repository/${attribute(repository ?? ({} as never), "name")}`,
    ]);

    const backend = readFileSync(join(copies[0]?.root ?? "", "envs/dev/versions.tf"), "utf8");
    const key = /key\s*=\s*"([^"]+)"/.exec(backend)?.[1];
    expect(statementResources(bootstrap, `${role}.terraform_state`, "ReadWriteState")[0]).toMatch(
      new RegExp(`/${key}$`),
    );
  });
});
