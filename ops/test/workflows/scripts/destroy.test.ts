import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { callIndex, type FakeClis, fakeClis } from "../support/fake-clis.js";
import { loadWorkflow, stepsOf } from "../support/workflow.js";

/**
 * The destroy scripts, run for real against stand-in CLIs: the app's load balancer only
 * disappears some time after its Ingress is deleted, as with the real controller.
 */
const LB = "k8s-netflixc-netflixc-0123456789";

const AWS = `
case "$args" in
  *"eks describe-cluster"*) echo vpc-0abc ;;
  *"elbv2 describe-load-balancers"*)
    [ -z "\${AWS_FAILS:-}" ] || exit 255
    if [ -f "$FAKE_STATE/ingress-deleted" ] && [ -z "\${LB_STAYS:-}" ]; then
      polls=$(( $(cat "$FAKE_STATE/polls" 2>/dev/null || echo 0) + 1 )); echo "$polls" >"$FAKE_STATE/polls"
      [ "$polls" -ge 2 ] || echo ${LB}
    else
      echo ${LB}
    fi ;;
  *"elbv2 describe-target-groups"*)
    [ "$(cat "$FAKE_STATE/polls" 2>/dev/null || echo 0)" -ge 2 ] || echo k8s-netflixc-tg ;;
  *"ec2 describe-security-groups"*) echo "" ;;
esac`;

const KUBECTL = `
case "$args" in
  *"delete ingress netflix-clone"*) touch "$FAKE_STATE/ingress-deleted" ;;
  *"get ingress --all-namespaces -o json"*) cat "$FAKE_STATE/ingresses.json" 2>/dev/null || echo '{"items":[]}' ;;
  *"get service --all-namespaces -o json"*) echo '{"items":[]}' ;;
esac`;

const TERRAFORM = `
case "$args" in
  *"output -json"*) echo '{"cluster_name":{"value":"netflix-clone-dev"},"load_balancer_dns_name":{"value":null}}' ;;
  *"show -json"*) echo '{"resource_changes":[{"address":"module.eks.aws_eks_cluster.this","change":{"actions":["delete"]}},{"address":"module.network.aws_vpc.this","change":{"actions":["delete"]}}]}' ;;
esac`;

let clis: FakeClis;
afterEach(() => clis?.cleanup());

const setup = (): FakeClis => {
  clis = fakeClis({ aws: AWS, kubectl: KUBECTL, helm: "", terraform: TERRAFORM });
  return clis;
};
const env = { CLUSTER_NAME: "netflix-clone-dev", AWS_REGION: "eu-west-1" };

describe("delete-app-eks.sh", () => {
  it("deletes the Ingress, waits until the load balancer and target groups are gone, then the namespace", () => {
    const { run, calls } = setup();
    const result = run("scripts/ci/delete-app-eks.sh", env);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.status).toBe(0);
    const log = calls();
    const deleteIngress = callIndex(log, /^kubectl .*delete ingress netflix-clone/);
    const lastLbCheck = callIndex(log, /^aws elbv2 describe-load-balancers/, true);
    const deleteNamespace = callIndex(log, /^kubectl delete namespace netflix-clone/);
    expect(deleteIngress).toBeGreaterThanOrEqual(0);
    expect(
      log.filter((call) => call.startsWith("aws elbv2 describe-load-balancers")).length,
    ).toBeGreaterThanOrEqual(3);
    expect(deleteIngress).toBeLessThan(lastLbCheck);
    expect(lastLbCheck).toBeLessThan(deleteNamespace);
    expect(result.stderr).toContain(LB); // reported as removed
  });

  it("fails, leaving the namespace, while a load balancer is still there", () => {
    const { run, calls } = setup();
    const result = run("scripts/ci/delete-app-eks.sh", {
      ...env,
      LB_STAYS: "1",
      LB_DELETE_TIMEOUT: "1",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`load balancers still in vpc-0abc: ${LB}`);
    expect(callIndex(calls(), /delete namespace/)).toBe(-1);
  });

  it("does not take a failing AWS call for 'no load balancer left'", () => {
    const { run, calls } = setup();
    const result = run("scripts/ci/delete-app-eks.sh", {
      ...env,
      AWS_FAILS: "1",
      LB_DELETE_TIMEOUT: "1",
    });
    expect(result.status).not.toBe(0);
    expect(callIndex(calls(), /delete namespace/)).toBe(-1);
  });

  it("also deletes other Ingresses, which would block the VPC as well", () => {
    const { run, calls, state } = setup();
    writeFileSync(
      join(state, "ingresses.json"),
      JSON.stringify({ items: [{ metadata: { namespace: "tools", name: "grafana" } }] }),
    );
    expect(run("scripts/ci/delete-app-eks.sh", env).status).toBe(0);
    expect(callIndex(calls(), /^kubectl --namespace tools delete ingress grafana/)).toBeGreaterThan(
      0,
    );
  });
});

describe("remove-lb-controller.sh", () => {
  it("uninstalls the controller when no Ingress or LoadBalancer Service is left", () => {
    const { run, calls } = setup();
    expect(run("scripts/ci/remove-lb-controller.sh").status).toBe(0);
    expect(
      callIndex(calls(), /^helm uninstall aws-load-balancer-controller --namespace kube-system/),
    ).toBeGreaterThan(0);
  });

  it("refuses while an Ingress still holds a load balancer", () => {
    const { run, calls, state } = setup();
    writeFileSync(
      join(state, "ingresses.json"),
      JSON.stringify({
        items: [{ metadata: { namespace: "netflix-clone", name: "netflix-clone" } }],
      }),
    );
    const result = run("scripts/ci/remove-lb-controller.sh");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("ingress netflix-clone/netflix-clone");
    expect(callIndex(calls(), /^helm uninstall/)).toBe(-1);
  });
});

describe("destroy.yml, step by step", () => {
  it("runs its steps in an order that leaves nothing behind for terraform destroy", () => {
    const { run, runInline, calls, dir } = setup();
    const outputs = join(dir, "github-output");
    const summary = join(dir, "summary.md");
    mkdirSync(join(dir, "tf"));
    const common = {
      ...env,
      TF_STATE_BUCKET: "netflix-clone-tfstate",
      TF_DIR: join(dir, "tf"),
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
    };
    const destroy = loadWorkflow("destroy.yml");
    const confirm = stepsOf(destroy.data.jobs.confirm ?? {}).find((step) => step.run);
    expect(
      run(/scripts\/ci\/[\w-]+\.sh/.exec(confirm?.run ?? "")?.[0] ?? "", {
        CONFIRMATION: "destroy dev",
      }).status,
    ).toBe(0);

    // Every run: step of the destroy job, in the workflow's order, with its literal env.
    for (const step of stepsOf(destroy.data.jobs.destroy ?? {})) {
      if (!step.run) continue;
      const literalEnv = Object.fromEntries(
        Object.entries(step.env ?? {}).filter(
          ([, value]) => typeof value === "string" && !value.includes("${{"),
        ),
      ) as Record<string, string>;
      const result = runInline(step.run, { ...common, ...literalEnv });
      expect(result.status, `${step.name}: ${result.stderr}`).toBe(0);
    }

    const log = calls();
    const order = [
      callIndex(log, /^kubectl .*delete ingress netflix-clone/),
      callIndex(log, /^aws elbv2 describe-load-balancers/, true),
      callIndex(log, /^helm uninstall aws-load-balancer-controller/),
      callIndex(log, /^terraform .*plan -destroy/),
      callIndex(log, /^terraform .*apply -input=false destroy\.tfplan/),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(readFileSync(summary, "utf8")).toContain("module.network.aws_vpc.this");
  });

  it("stops at the confirmation unless the exact phrase was typed", () => {
    const { run } = setup();
    for (const typed of ["", "destroy", "destroy prod", "Destroy dev", "destroy dev "]) {
      expect(
        run("scripts/ci/check-confirmation.sh", { CONFIRMATION: typed }).status,
        typed,
      ).not.toBe(0);
    }
  });
});
