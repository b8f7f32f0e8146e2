import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ensureContainerTools, REPO_ROOT, runOk } from "./podman.js";

/**
 * compose.yaml, read as the Compose specification defines it and as podman-compose
 * translates it into `podman run` commands (its --dry-run prints them and starts
 * nothing: the Redis image lives on Docker Hub, which our machines cannot reach).
 */

interface ComposeService {
  build?: { context: string; args?: Record<string, string> };
  image: string;
  ports?: string[];
  environment?: Record<string, string | null>;
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
  security_opt?: string[];
  user?: string;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(join(REPO_ROOT, "compose.yaml"), "utf8")) as {
  services: Record<string, ComposeService>;
};
const { app, redis } = compose.services;

describe("compose.yaml", () => {
  it("builds the app from the repository's Dockerfile and runs it hardened", () => {
    expect(app?.build?.context).toBe(".");
    expect(app).toMatchObject({
      read_only: true,
      cap_drop: ["ALL"],
      security_opt: ["no-new-privileges:true"],
    });
    expect(app?.tmpfs?.some((mount) => mount.startsWith("/tmp"))).toBe(true);
    expect(app?.ports?.every((port) => port.startsWith("127.0.0.1:"))).toBe(true);
  });

  it("passes the TMDB credential through from the shell, never with a value", () => {
    expect(app?.environment).toMatchObject({ TMDB_ACCESS_TOKEN: null, TMDB_API_KEY: null });
    expect(app?.environment?.REDIS_URL).toBe("redis://redis:6379");
  });

  it("runs Redis from a pinned image, as a non-root cache with a health check", () => {
    expect(redis?.image).toMatch(/^docker\.io\/library\/redis:\d+\.\d+\.\d+-alpine$/);
    expect(redis).toMatchObject({ read_only: true, cap_drop: ["ALL"], user: "999:999" });
    expect(redis?.healthcheck?.test.join(" ")).toContain("redis-cli ping");
  });
});

describe("podman-compose's translation of compose.yaml", () => {
  let commands: string[];
  const credential = `compose-test-credential-${process.pid}`;

  beforeAll(() => {
    ensureContainerTools();
    const output = runOk("podman-compose", ["--dry-run", "up", "--detach"], {
      cwd: REPO_ROOT,
      env: { ...process.env, TMDB_ACCESS_TOKEN: credential, TMDB_API_KEY: "" },
    });
    commands = output.split("\n").filter((line) => line.startsWith("podman run "));
  });

  const runOf = (service: string) => {
    const command = commands.find((line) => line.includes(`com.docker.compose.service=${service}`));
    if (!command) throw new Error(`podman-compose would not run ${service}`);
    return command;
  };

  it("starts both services, Redis first", () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toContain("com.docker.compose.service=redis");
  });

  it("starts the app hardened, on loopback, with every variable resolved", () => {
    const command = runOf("app");
    for (const flag of [
      "--read-only",
      "--cap-drop ALL",
      "--security-opt no-new-privileges:true",
      "--tmpfs /tmp:size=64m",
      "-p 127.0.0.1:8080:8080",
      "-e REDIS_URL=redis://redis:6379",
    ]) {
      expect(command).toContain(flag);
    }
    expect(command).not.toContain("${");
  });

  it("names the credential but leaves its value to the environment at run time", () => {
    const command = runOf("app");
    expect(command).toMatch(/ -e TMDB_ACCESS_TOKEN /);
    expect(command).not.toContain(credential);
  });
});
