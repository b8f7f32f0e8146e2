import { afterAll, beforeAll, expect, it } from "vitest";
import {
  breakCopy,
  copyTerraformTree,
  describeWithTerraform,
  roots,
  runOffline,
  terraformRoot,
} from "./support/terraform-offline.js";

describeWithTerraform("terraform fmt and validate", () => {
  let copy: ReturnType<typeof copyTerraformTree>;

  beforeAll(() => {
    copy = copyTerraformTree();
  });

  afterAll(() => copy?.remove());

  it("finds every file of deploy/terraform formatted", async () => {
    const result = await runOffline(["fmt", terraformRoot]);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });

  it("rejects a badly formatted file", async () => {
    breakCopy(copy.root, "modules/ecr/main.tf", "  name = var.name\n", "  name    =    var.name\n");
    const result = await runOffline(["fmt", copy.root]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("modules/ecr/main.tf");
  });

  it.each(roots)("validates the %s root from the provider mirror", async (root) => {
    const result = await runOffline(["validate", `${copy.root}/${root}`]);
    expect(result.output).toContain("Success! The configuration is valid.");
    expect(result.status).toBe(0);
  });

  it("rejects a root that references an output no module has", async () => {
    const broken = copyTerraformTree();
    try {
      breakCopy(
        broken.root,
        "envs/dev/outputs.tf",
        "value       = module.ecr.repository_url",
        "value       = module.ecr.repository_uri",
      );
      const result = await runOffline(["validate", `${broken.root}/envs/dev`]);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain("Unsupported attribute");
    } finally {
      broken.remove();
    }
  });
});
