/**
 * Security rules over a Terraform plan, applied to every resource of the configuration
 * rather than to named ones, so that new code is held to them too. Each rule returns
 * human-readable violations; an empty list means the plan complies.
 */
import { attribute, isUnknown, type Plan, plannedResources } from "./plan-json.js";

interface Statement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: string | Record<string, string | string[]>;
  Condition?: Record<string, Record<string, string | string[]>>;
}

interface PolicyDocument {
  Statement: Statement[];
}

/** Resource types whose attribute holds an IAM policy document we write ourselves. */
const POLICY_ATTRIBUTES: Record<
  string,
  { attribute: string; kind: "trust" | "identity" | "resource" }
> = {
  aws_iam_role: { attribute: "assume_role_policy", kind: "trust" },
  aws_iam_role_policy: { attribute: "policy", kind: "identity" },
  aws_iam_policy: { attribute: "policy", kind: "identity" },
  aws_s3_bucket_policy: { attribute: "policy", kind: "resource" },
};

/** Services this stack lets assume its roles. */
const TRUSTED_SERVICES = new Set([
  "eks.amazonaws.com",
  "ec2.amazonaws.com",
  "pods.eks.amazonaws.com",
  "ecs-tasks.amazonaws.com",
  "vpc-flow-logs.amazonaws.com",
]);

const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
/** Read-only verbs; a wildcard after one of them cannot grant a write. */
const READ_WILDCARD = /^[a-z0-9-]+:(Describe|Get|List)[A-Za-z]*\*$/;

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function documents(plan: Plan) {
  const found: { address: string; kind: string; document?: PolicyDocument }[] = [];
  for (const [type, { attribute: name, kind }] of Object.entries(POLICY_ATTRIBUTES)) {
    for (const resource of plannedResources(plan, type)) {
      const text = attribute(resource, name);
      found.push({
        address: resource.address,
        kind,
        document:
          typeof text === "string" && !isUnknown(resource, name)
            ? (JSON.parse(text) as PolicyDocument)
            : undefined,
      });
    }
  }
  return found;
}

/**
 * No policy may be unreadable at plan time (a reviewer must see what it grants); no Allow
 * may grant "*" or a whole service, use NotAction/NotResource, or use a wildcard on anything
 * but read-only verbs; no resource policy may allow everyone.
 */
export function policyViolations(plan: Plan): string[] {
  const violations: string[] = [];
  for (const { address, kind, document } of documents(plan)) {
    if (!document) {
      violations.push(`${address}: policy is unknown at plan time, so nobody can review it`);
      continue;
    }
    for (const statement of document.Statement) {
      if (statement.Effect !== "Allow") continue;
      const where = `${address}${statement.Sid ? ` (${statement.Sid})` : ""}`;
      if (statement.NotAction || statement.NotResource) {
        violations.push(`${where}: allows with NotAction/NotResource`);
      }
      for (const action of list(statement.Action)) {
        if (action === "*" || action.endsWith(":*")) {
          violations.push(`${where}: allows every action of ${action}`);
        } else if (action.includes("*") && !READ_WILDCARD.test(action)) {
          violations.push(`${where}: wildcard action ${action} is not read-only`);
        }
      }
      if (kind === "resource" && JSON.stringify(statement.Principal ?? "").includes('"*"')) {
        violations.push(`${where}: allows any principal`);
      }
    }
  }
  return violations;
}

/**
 * Trust policies: only the services this stack uses, and GitHub's OIDC issuer only for the
 * given repository with the STS audience and exact subjects (no StringLike, no wildcards).
 */
export function trustViolations(plan: Plan, githubRepository: string): string[] {
  const violations: string[] = [];
  for (const { address, kind, document } of documents(plan)) {
    if (kind !== "trust" || !document) continue;
    for (const statement of document.Statement) {
      if (statement.Effect !== "Allow") continue;
      const principal = typeof statement.Principal === "object" ? statement.Principal : {};
      if (typeof statement.Principal === "string" || "AWS" in principal) {
        violations.push(`${address}: trusts an AWS principal directly`);
      }
      for (const service of list(principal.Service)) {
        if (!TRUSTED_SERVICES.has(service))
          violations.push(`${address}: trusts service ${service}`);
      }
      const federated = list(principal.Federated);
      if (!federated.some((p) => p.endsWith(`oidc-provider/${GITHUB_OIDC_HOST}`))) continue;
      const equals = statement.Condition?.StringEquals ?? {};
      const audience = list(equals[`${GITHUB_OIDC_HOST}:aud`]);
      const subjects = list(equals[`${GITHUB_OIDC_HOST}:sub`]);
      if (audience.join() !== "sts.amazonaws.com") {
        violations.push(`${address}: GitHub trust without the sts.amazonaws.com audience`);
      }
      if (subjects.length === 0) violations.push(`${address}: GitHub trust without a subject`);
      for (const subject of subjects) {
        if (subject.includes("*") || !subject.startsWith(`repo:${githubRepository}:`)) {
          violations.push(`${address}: GitHub trust admits ${subject}`);
        }
      }
      const loose = Object.keys(statement.Condition ?? {}).filter((op) => op !== "StringEquals");
      if (loose.length > 0) {
        violations.push(
          `${address}: GitHub trust uses ${loose.join(", ")} instead of exact matches`,
        );
      }
    }
  }
  return violations;
}

/** The internet may reach load balancer listeners (80, 443) and nothing else. */
export function networkViolations(plan: Plan): string[] {
  const violations: string[] = [];
  const openToAll = (cidr: unknown) => cidr === "0.0.0.0/0" || cidr === "::/0";
  for (const rule of plannedResources(plan, "aws_vpc_security_group_ingress_rule")) {
    const from = attribute(rule, "from_port");
    const to = attribute(rule, "to_port");
    const open = openToAll(attribute(rule, "cidr_ipv4")) || openToAll(attribute(rule, "cidr_ipv6"));
    if (open && !(from === to && (from === 80 || from === 443))) {
      violations.push(`${rule.address}: port ${from}-${to} open to the internet`);
    }
  }
  for (const group of plannedResources(plan, "aws_security_group")) {
    for (const inline of (attribute(group, "ingress") as Record<string, unknown>[] | undefined) ??
      []) {
      if ((inline.cidr_blocks as string[] | undefined)?.some(openToAll)) {
        violations.push(`${group.address}: inline ingress open to the internet`);
      }
    }
  }
  for (const subnet of plannedResources(plan, "aws_subnet")) {
    if (attribute(subnet, "map_public_ip_on_launch") === true) {
      violations.push(`${subnet.address}: gives instances public IPs`);
    }
  }
  return violations;
}

/** Images are scanned on push and their tags never move. */
export function registryViolations(plan: Plan): string[] {
  return plannedResources(plan, "aws_ecr_repository").flatMap((repository) => {
    const scanning = attribute(repository, "image_scanning_configuration") as
      | { scan_on_push?: boolean }[]
      | undefined;
    const found: string[] = [];
    if (scanning?.[0]?.scan_on_push !== true)
      found.push(`${repository.address}: scan on push is off`);
    if (attribute(repository, "image_tag_mutability") !== "IMMUTABLE") {
      found.push(`${repository.address}: tags are mutable`);
    }
    return found;
  });
}

/** Every bucket has a public access block with all four settings on. */
export function storageViolations(plan: Plan): string[] {
  const buckets = plannedResources(plan, "aws_s3_bucket");
  const blocks = plannedResources(plan, "aws_s3_bucket_public_access_block").filter((b) =>
    [
      "block_public_acls",
      "block_public_policy",
      "ignore_public_acls",
      "restrict_public_buckets",
    ].every((setting) => attribute(b, setting) === true),
  );
  return blocks.length >= buckets.length
    ? []
    : [`${buckets.length} bucket(s) but only ${blocks.length} complete public access block(s)`];
}
