import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readRepoFile } from "./support/repo.js";

interface Update {
  "package-ecosystem": string;
  directory?: string;
  directories?: string[];
  schedule?: { interval?: string };
}

const updates = (): Update[] =>
  (parse(readRepoFile(".github/dependabot.yml")) as { updates: Update[] }).updates;

describe("dependabot.yml", () => {
  // Pinned SHAs and exact versions only stay safe if something proposes the updates.
  it.each(["npm", "github-actions", "docker", "terraform"])(
    "keeps %s dependencies up to date",
    (ecosystem) => {
      const update = updates().find((u) => u["package-ecosystem"] === ecosystem);
      expect(update?.schedule?.interval).toMatch(/daily|weekly/);
      expect(update?.directory ?? update?.directories).toBeDefined();
    },
  );

  it("watches every Terraform root and module", () => {
    const terraform = updates().find((u) => u["package-ecosystem"] === "terraform");
    expect(terraform?.directories).toEqual(
      expect.arrayContaining([
        "/deploy/terraform/bootstrap",
        "/deploy/terraform/envs/dev",
        "/deploy/terraform/modules/*",
      ]),
    );
  });
});
