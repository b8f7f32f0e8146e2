import { type ChildProcess, spawn } from "node:child_process";
import { readlinkSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { type Result, run } from "./podman.js";

/**
 * A network namespace with nothing but its own loopback interface. Containers started
 * in it with `--network host` (or a slirp4netns pod) listen on that loopback only: they
 * reach nothing outside, nothing outside reaches them, and their ports cannot clash with
 * anything else running on the machine.
 */
export class LoopbackNetwork {
  private constructor(
    private readonly holder: ChildProcess,
    private readonly namespacePath: string,
  ) {}

  /** Starts a process that only holds the namespace open, and brings its loopback up. */
  static async open(): Promise<LoopbackNetwork> {
    const holder = spawn("unshare", ["--net", "sleep", "infinity"], { stdio: "ignore" });
    const pid = holder.pid;
    if (pid === undefined) throw new Error("could not start unshare");
    const path = `/proc/${pid}/ns/net`;
    const ours = readlinkSync("/proc/self/ns/net");
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if (readlinkSync(path) !== ours) {
          const network = new LoopbackNetwork(holder, path);
          const up = network.run("ip", ["link", "set", "lo", "up"]);
          if (up.status !== 0) throw new Error(`ip link set lo up: ${up.stderr}`);
          return network;
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
      await sleep(20);
    }
    holder.kill();
    throw new Error("unshare did not enter a new network namespace");
  }

  /** Runs a command inside the namespace (podman run, podman kube play, a client). */
  run(command: string, args: string[]): Result {
    return run("nsenter", [`--net=${this.namespacePath}`, command, ...args]);
  }

  /** GET from inside the namespace, with node's own fetch (the test's node binary). */
  get(url: string): HttpAnswer {
    const script =
      "fetch(process.argv[1], { signal: AbortSignal.timeout(5000) })" +
      ".then(async (r) => console.log(JSON.stringify({ status: r.status, type: r.headers.get('content-type'), body: await r.text() })))" +
      ".catch((e) => console.log(JSON.stringify({ status: 0, type: null, body: String(e.cause ?? e) })))";
    const result = this.run(process.execPath, ["-e", script, url]);
    if (result.status !== 0) throw new Error(`fetch ${url}: ${result.stderr}`);
    return JSON.parse(result.stdout) as HttpAnswer;
  }

  /** Polls until the URL answers 200 or the time is up; returns the last answer. */
  async waitFor200(url: string, timeoutMs: number): Promise<HttpAnswer> {
    const deadline = Date.now() + timeoutMs;
    let answer = this.get(url);
    while (answer.status !== 200 && Date.now() < deadline) {
      await sleep(250);
      answer = this.get(url);
    }
    return answer;
  }

  close(): void {
    this.holder.kill();
  }
}

export interface HttpAnswer {
  status: number;
  type: string | null;
  body: string;
}
