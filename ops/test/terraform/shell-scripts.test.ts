import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/terraform-offline.js";

const scriptsDir = join(repoRoot, "scripts/terraform");
const scripts = readdirSync(scriptsDir)
  .filter((name) => name.endsWith(".sh"))
  .map((name) => join(scriptsDir, name));
const hasShellcheck = spawnSync("shellcheck", ["--version"]).status === 0;

function shellcheck(files: string[]) {
  const result = spawnSync("shellcheck", ["--severity=style", ...files], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

if (!hasShellcheck && process.env.CI !== "true") {
  console.warn("\nshellcheck is not installed (scripts/apt-packages/terraform.txt); skipping.\n");
}

describe.skipIf(!hasShellcheck && process.env.CI !== "true")("scripts/terraform", () => {
  it("has scripts to check", () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it("passes shellcheck", () => {
    const result = shellcheck(scripts);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });

  it("would be caught with an unquoted variable", () => {
    const dir = mkdtempSync(join(tmpdir(), "shellcheck-"));
    try {
      const broken = join(dir, "broken.sh");
      writeFileSync(broken, '#!/usr/bin/env bash\ndir="$1"\nrm -rf $dir/cache\n');
      const result = shellcheck([broken]);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain("SC2086");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
