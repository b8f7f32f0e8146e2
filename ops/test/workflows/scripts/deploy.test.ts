import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { callIndex, type FakeClis, fakeClis } from "../support/fake-clis.js";

/** The deploy scripts against stand-in CLIs: which image ships, and rollback on failure. */
const SHA = "0123456789abcdef0123456789abcdef01234567";
const REPOSITORY = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/netflix-clone";

let clis: FakeClis;
const scratch: string[] = [];
afterEach(() => {
  clis?.cleanup();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const outputsOf = (file: string): Record<string, string> =>
  Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );

describe("resolve-image.sh", () => {
  // describe-images succeeds only for tags listed in $FAKE_STATE/in-ecr.
  const AWS = `[[ "$args" == *"ecr describe-images"* ]] && grep -qF "\${args##*imageTag=}" "$FAKE_STATE/in-ecr" 2>/dev/null`;
  const resolve = (env: Record<string, string>, inEcr: string[] = []) => {
    clis = fakeClis({ aws: AWS });
    writeFileSync(join(clis.state, "in-ecr"), inEcr.join("\n"));
    const output = join(clis.dir, "out");
    writeFileSync(output, "");
    const result = clis.run("scripts/ci/resolve-image.sh", {
      REPOSITORY_URL: REPOSITORY,
      AWS_REGION: "eu-west-1",
      GITHUB_OUTPUT: output,
      ...env,
    });
    return { ...result, outputs: result.status === 0 ? outputsOf(output) : {} };
  };

  it("builds this commit's image, tagged with the full commit SHA", () => {
    const { status, outputs } = resolve({ GITHUB_SHA: SHA });
    expect(status).toBe(0);
    expect(outputs).toEqual({ tag: SHA, ref: `${REPOSITORY}:${SHA}`, build: "true" });
  });

  it("reuses the image when a re-run finds it already in ECR (tags are immutable)", () => {
    expect(resolve({ GITHUB_SHA: SHA }, [SHA]).outputs.build).toBe("false");
  });

  it("redeploys an earlier image for a rollback without building", () => {
    const earlier = "f".repeat(40);
    const { outputs } = resolve({ GITHUB_SHA: SHA, REQUESTED_TAG: earlier }, [earlier]);
    expect(outputs).toEqual({ tag: earlier, ref: `${REPOSITORY}:${earlier}`, build: "false" });
  });

  it("refuses a rollback to an image that is not in ECR", () => {
    const result = resolve({ GITHUB_SHA: SHA, REQUESTED_TAG: "e".repeat(40) });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("is not in ECR");
  });

  it.each(["latest", "v1.2.3", SHA.slice(0, 7), `${SHA};rm -rf /`])("refuses the tag %s", (tag) => {
    expect(resolve({ GITHUB_SHA: SHA, REQUESTED_TAG: tag }, [tag]).status).not.toBe(0);
  });
});

describe("deploy-eks.sh", () => {
  // A checkout with a dev overlay; the script edits a copy, never this one.
  const checkout = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "checkout-"));
    scratch.push(dir);
    mkdirSync(join(dir, "deploy/k8s/overlays/dev"), { recursive: true });
    writeFileSync(join(dir, "deploy/k8s/overlays/dev/kustomization.yaml"), "resources: []\n");
    return dir;
  };
  const KUSTOMIZE = `echo "$PWD" >>"$FAKE_STATE/kustomize-cwd"`;
  const KUBECTL = `[[ "$args" == *"rollout status"* ]] && [ -n "\${ROLLOUT_FAILS:-}" ] && [ ! -f "$FAKE_STATE/undone" ] && exit 1
[[ "$args" == *"rollout undo"* ]] && touch "$FAKE_STATE/undone"
exit 0`;

  it("sets the image in a copy of the overlay, applies it and waits for the rollout", () => {
    clis = fakeClis({ kustomize: KUSTOMIZE, kubectl: KUBECTL });
    const dir = checkout();
    const result = clis.run("scripts/ci/deploy-eks.sh", { IMAGE_REF: `${REPOSITORY}:${SHA}` }, dir);
    expect(result.stderr).not.toContain("error");
    expect(result.status).toBe(0);
    const calls = clis.calls();
    expect(calls[0]).toBe(`kustomize edit set image netflix-clone=${REPOSITORY}:${SHA}`);
    const editedIn = readFileSync(join(clis.state, "kustomize-cwd"), "utf8").trim();
    expect(editedIn.endsWith("/k8s/overlays/dev")).toBe(true);
    expect(editedIn.startsWith(dir)).toBe(false);
    expect(callIndex(calls, /^kubectl apply -k .*\/k8s\/overlays\/dev$/)).toBe(1);
    expect(
      callIndex(
        calls,
        /^kubectl --namespace netflix-clone rollout status deployment\/netflix-clone/,
      ),
    ).toBe(2);
    expect(callIndex(calls, /rollout undo/)).toBe(-1);
  });

  it("rolls the Deployment back and fails when the rollout does not complete", () => {
    clis = fakeClis({ kustomize: KUSTOMIZE, kubectl: KUBECTL });
    const result = clis.run(
      "scripts/ci/deploy-eks.sh",
      { IMAGE_REF: `${REPOSITORY}:${SHA}`, ROLLOUT_FAILS: "1" },
      checkout(),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("was rolled back");
    expect(
      callIndex(
        clis.calls(),
        /^kubectl --namespace netflix-clone rollout undo deployment\/netflix-clone$/,
      ),
    ).toBeGreaterThan(0);
  });
});

describe("deploy-ecs.sh", () => {
  const PREVIOUS = "arn:aws:ecs:eu-west-1:123456789012:task-definition/netflix-clone:7";
  const NEXT = "arn:aws:ecs:eu-west-1:123456789012:task-definition/netflix-clone:8";
  const TASK = {
    taskDefinitionArn: PREVIOUS,
    revision: 7,
    status: "ACTIVE",
    family: "netflix-clone",
    containerDefinitions: [
      { name: "app", image: `${REPOSITORY}:${"f".repeat(40)}` },
      { name: "log-router", image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.34.0" },
    ],
    registeredAt: "2026-01-01T00:00:00Z",
  };
  // Registered by a later terraform apply (a new setting), never run by the service yet.
  const LATEST = {
    ...TASK,
    taskDefinitionArn: "arn:aws:ecs:eu-west-1:123456789012:task-definition/netflix-clone:9",
    revision: 9,
    containerDefinitions: [
      {
        name: "app",
        image: `${REPOSITORY}:initial`,
        environment: [{ name: "TRUST_PROXY", value: "10.0.240.0/24" }],
      },
      TASK.containerDefinitions[1],
    ],
  };
  const AWS = `case "$args" in
  *"describe-services"*) echo ${PREVIOUS} ;;
  *"describe-task-definition --task-definition netflix-clone --query"*) cat "$FAKE_STATE/latest.json" ;;
  *"describe-task-definition"*) cat "$FAKE_STATE/task.json" ;;
  *"register-task-definition"*)
    cp "$(sed -E 's|.*file://([^ ]+).*|\\1|' <<<"$args")" "$FAKE_STATE/registered.json"; echo ${NEXT} ;;
  *"wait services-stable"*) [ -z "\${NEVER_STABLE:-}" ] || [ -f "$FAKE_STATE/rolled-back" ] ;;
  *"update-service"*"netflix-clone:7"*) touch "$FAKE_STATE/rolled-back" ;;
esac`;
  const env = {
    ECS_CLUSTER_NAME: "netflix-clone-dev",
    ECS_SERVICE_NAME: "netflix-clone",
    AWS_REGION: "eu-west-1",
    IMAGE_REF: `${REPOSITORY}:${SHA}`,
  };
  const deploy = (extra: Record<string, string> = {}) => {
    clis = fakeClis({ aws: AWS });
    writeFileSync(join(clis.state, "task.json"), JSON.stringify(TASK));
    writeFileSync(join(clis.state, "latest.json"), extra.LATEST_TASK ?? JSON.stringify(TASK));
    return clis.run("scripts/ci/deploy-ecs.sh", { ...env, ...extra });
  };

  it("registers a revision with only the app container's image changed and waits for stability", () => {
    const result = deploy();
    expect(result.stderr).not.toContain("error");
    expect(result.status).toBe(0);
    const registered = JSON.parse(readFileSync(join(clis.state, "registered.json"), "utf8"));
    expect(registered.containerDefinitions).toEqual([
      { name: "app", image: `${REPOSITORY}:${SHA}` },
      TASK.containerDefinitions[1],
    ]);
    expect(registered).not.toHaveProperty("taskDefinitionArn");
    expect(registered).not.toHaveProperty("revision");
    const calls = clis.calls();
    expect(callIndex(calls, /update-service .*--task-definition .*netflix-clone:8/)).toBeLessThan(
      callIndex(calls, /wait services-stable/),
    );
  });

  it("builds on the family's latest revision, so a setting Terraform changed since reaches the service", () => {
    expect(deploy({ LATEST_TASK: JSON.stringify(LATEST) }).status).toBe(0);
    const registered = JSON.parse(readFileSync(join(clis.state, "registered.json"), "utf8"));
    expect(registered.containerDefinitions[0]).toEqual({
      name: "app",
      image: `${REPOSITORY}:${SHA}`,
      environment: [{ name: "TRUST_PROXY", value: "10.0.240.0/24" }],
    });
  });

  it("points the service back at the previous revision when it never stabilises", () => {
    const result = deploy({ NEVER_STABLE: "1" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("rolled back to");
    expect(
      callIndex(clis.calls(), /update-service .*--task-definition .*netflix-clone:7$/),
    ).toBeGreaterThan(0);
  });
});

describe("terraform-apply.sh", () => {
  // terraform output -json as Terraform prints it for each target (the other's values null).
  const EKS_OUTPUTS = JSON.stringify({
    deploy_target: { value: "eks" },
    cluster_name: { value: "netflix-clone-dev" },
    ecr_repository_url: { value: REPOSITORY },
    ecs_cluster_name: { value: null },
    load_balancer_dns_name: { value: null },
  });
  const ECS_OUTPUTS = JSON.stringify({
    deploy_target: { value: "ecs" },
    cluster_name: { value: null },
    ecr_repository_url: { value: REPOSITORY },
    ecs_cluster_name: { value: "netflix-clone-dev" },
    ecs_service_name: { value: "netflix-clone" },
    load_balancer_dns_name: { value: "netflix-clone-dev-123.us-east-1.elb.amazonaws.com" },
  });
  // The state's outputs live in $FAKE_STATE/outputs.json (none: an empty state prints {});
  // an apply replaces them with $FAKE_STATE/applied.json when the test gives one.
  const TERRAFORM = `case "$args" in
  *"output -json"*) cat "$FAKE_STATE/outputs.json" 2>/dev/null || echo '{}' ;;
  *" apply "*) if [ -f "$FAKE_STATE/applied.json" ]; then cp "$FAKE_STATE/applied.json" "$FAKE_STATE/outputs.json"; fi ;;
esac
exit 0`;
  const apply = (
    env: Record<string, string>,
    state: { before?: string; after?: string } = { before: EKS_OUTPUTS },
  ) => {
    clis = fakeClis({ terraform: TERRAFORM });
    if (state.before) writeFileSync(join(clis.state, "outputs.json"), state.before);
    if (state.after) writeFileSync(join(clis.state, "applied.json"), state.after);
    const output = join(clis.dir, "out");
    writeFileSync(output, "");
    mkdirSync(join(clis.dir, "tf"));
    const result = clis.run("scripts/ci/terraform-apply.sh", {
      TF_STATE_BUCKET: "netflix-clone-tfstate",
      AWS_REGION: "eu-west-1",
      TF_DIR: join(clis.dir, "tf"),
      GITHUB_OUTPUT: output,
      ...env,
    });
    return { ...result, outputs: outputsOf(output) };
  };
  const PLAN = /^terraform .* plan -input=false -out=deploy\.tfplan$/;

  it("applies exactly the plan it made and hands Terraform's outputs to the next steps", () => {
    const { status, outputs } = apply({ TERRAFORM_MODE: "apply", TF_VAR_deploy_target: "eks" });
    expect(status).toBe(0);
    expect(outputs).toMatchObject({
      cluster_name: "netflix-clone-dev",
      ecr_repository_url: REPOSITORY,
      ecs_cluster_name: "",
      deploy_target: "eks",
    });
    const calls = clis.calls();
    const plan = callIndex(calls, PLAN);
    expect(plan).toBeGreaterThan(
      callIndex(calls, /^terraform .* init .*-backend-config=bucket=netflix-clone-tfstate/),
    );
    expect(callIndex(calls, /^terraform .* apply -input=false deploy\.tfplan$/)).toBeGreaterThan(
      plan,
    );
  });

  it("only reads the outputs for a rollback or a destroy", () => {
    const { status, outputs } = apply({ TERRAFORM_MODE: "read" });
    expect(status).toBe(0);
    expect(outputs.deploy_target).toBe("eks");
    expect(callIndex(clis.calls(), / (plan|apply) /)).toBe(-1);
  });

  it.each([
    ["ECS", "eks", ECS_OUTPUTS],
    ["EKS", "ecs", EKS_OUTPUTS],
  ])(
    "refuses, before planning, to move a state on %s to %s without switch_target",
    (_running, asked, before) => {
      for (const allow of [undefined, "false"]) {
        const result = apply(
          {
            TERRAFORM_MODE: "apply",
            TF_VAR_deploy_target: asked,
            ...(allow ? { ALLOW_TARGET_SWITCH: allow } : {}),
          },
          { before },
        );
        expect(result.status).not.toBe(0);
        expect(result.stderr).toContain(`asks for ${asked}`);
        expect(result.stderr).toContain("switch_target");
        expect(callIndex(clis.calls(), / (plan|apply) /)).toBe(-1);
      }
    },
  );

  it("switches targets when switch_target allows it", () => {
    const { status, outputs, stderr } = apply(
      { TERRAFORM_MODE: "apply", TF_VAR_deploy_target: "ecs", ALLOW_TARGET_SWITCH: "true" },
      { before: EKS_OUTPUTS, after: ECS_OUTPUTS },
    );
    expect(status).toBe(0);
    expect(stderr).toContain("switching the environment from eks to ecs");
    expect(outputs).toMatchObject({ deploy_target: "ecs", ecs_cluster_name: "netflix-clone-dev" });
  });

  it("creates either target in an empty state", () => {
    const { status, outputs } = apply(
      { TERRAFORM_MODE: "apply", TF_VAR_deploy_target: "ecs" },
      { after: ECS_OUTPUTS },
    );
    expect(status).toBe(0);
    expect(outputs.deploy_target).toBe("ecs");
    expect(callIndex(clis.calls(), PLAN)).toBeGreaterThan(0);
  });

  it("fails when the outputs describe another target than the one applied", () => {
    const result = apply(
      { TERRAFORM_MODE: "apply", TF_VAR_deploy_target: "ecs", ALLOW_TARGET_SWITCH: "true" },
      { before: EKS_OUTPUTS, after: EKS_OUTPUTS },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("asked for ecs but Terraform's outputs describe eks");
  });
});
