import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readRepoFile } from "./support/repo.js";
import { loadWorkflow } from "./support/workflow.js";

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

  // Dependabot's docker ecosystem reads FROM lines and `image:` values literally: an image
  // named through a build argument (FROM ${NODE_IMAGE}) is invisible to it.
  it("can read and bump the Dockerfile's base image: one literal, tagged FROM; the rest from it", () => {
    const froms = [...readRepoFile("Dockerfile").matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)];
    const stages = froms.map((from) => from[2]);
    const external = froms.filter((from) => !stages.includes(from[1]));
    expect(external.map((from) => [from[1], from[2]])).toEqual([
      [
        expect.stringMatching(
          /^docker\.io\/library\/node:\d+\.\d+\.\d+-[a-z]+-slim(@sha256:[0-9a-f]{64})?$/,
        ),
        "base",
      ],
    ]);
    for (const [, image] of froms) expect(image).not.toContain("$");
    const docker = updates().find((u) => u["package-ecosystem"] === "docker");
    expect([docker?.directory ?? docker?.directories].flat()).toContain("/");
  });

  it("can bump ci.yml's test container image", () => {
    const ci = loadWorkflow("ci.yml");
    const images = Object.values(ci.data.jobs).flatMap((job) =>
      typeof job.container === "object" && job.container.image ? [job.container.image] : [],
    );
    expect(images).toEqual([expect.stringMatching(/^node:\d+\.\d+\.\d+-[a-z]+$/)]);
    const docker = updates().find((u) => u["package-ecosystem"] === "docker");
    expect([docker?.directory ?? docker?.directories].flat()).toContain("/.github/workflows");
  });
});
