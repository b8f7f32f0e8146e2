import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import { startApp } from "../../e2e/support/app-server.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../e2e/support/chromium.js";
import { withWebBudgetSection } from "./benchmarks-section.js";
import { BUDGETS, budgetMisses } from "./budgets.js";
import { gzipKb } from "./initial-js.js";
import { type PageRun, runLighthouse } from "./lighthouse-page.js";
import { renderReport } from "./report.js";

/**
 * `npm run bench -w web`: Lighthouse on the home, search and details pages of
 * the built app (offline catalog), plus the home route's initial JavaScript,
 * written as the web budget section of docs/benchmarks.md (between its
 * `web-budget` markers; the rest of the file is the server bench's). Exits 1
 * when a budget is missed. Needs `npm run build` first and Debian's chromium
 * (CHROMIUM_PATH to use another).
 */

const REPORT = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** One retry: on a busy machine Lighthouse now and then loses the page's first paint. */
async function measure(port: number, page: { name: string; path: string; url: string }) {
  try {
    return await runLighthouse(port, page);
  } catch (error) {
    say(`retrying ${page.name}: ${(error as Error).message}`);
    return runLighthouse(port, page);
  }
}

function median(runs: PageRun[]): PageRun {
  const sorted = runs.toSorted((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor(sorted.length / 2)] as PageRun;
}

async function detailsPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/search?q=matrix`);
  const body = (await response.json()) as { results: Array<{ id: number }> };
  const first = body.results[0];
  if (!first) throw new Error("the offline catalog found no 'matrix' to bench the details page");
  return `/movie/${first.id}`;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main() {
  const app = await startApp({ CATALOG: "offline", LOG_LEVEL: "warn" });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const pages = [
      { name: "home", path: "/" },
      { name: "search", path: "/search?q=matrix" },
      { name: "details", path: await detailsPath(app.url) },
    ];
    // A fresh Chromium's first page load pays for its own start-up: warm it, unmeasured.
    await runLighthouse(chrome.port, { name: "warm-up", path: "/", url: `${app.url}/` }).catch(
      () => undefined,
    );
    const results: PageRun[] = [];
    for (const page of pages) {
      const runs: PageRun[] = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await measure(chrome.port, { ...page, url: `${app.url}${page.path}` }));
      }
      const chosen = median(runs);
      results.push(chosen);
      say(JSON.stringify(chosen.scores));
      if (chosen.failing.length > 0) say(`  costing points: ${chosen.failing.join("; ")}`);
    }
    const home = results[0];
    if (!home) throw new Error("no home page result");
    const homeJs = await gzipKb(home.scriptUrls);
    const scores = results.map((result) => result.scores);
    const misses = budgetMisses(scores, homeJs.kb);
    const report = renderReport({
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} cores, Node ${process.version}`,
      runsPerPage: RUNS,
      pages: scores,
      homeJs,
      misses,
    });
    // Read just before writing, so a server bench that finished meanwhile keeps its numbers.
    const current = existsSync(REPORT) ? readFileSync(REPORT, "utf8") : "";
    writeFileSync(REPORT, withWebBudgetSection(current, report));
    say(`home initial JS: ${homeJs.kb.toFixed(1)} KB gzip (budget ${BUDGETS.homeJsKb})`);
    say(misses.length === 0 ? "All budgets met." : `Missed:\n  ${misses.join("\n  ")}`);
    process.exitCode = misses.length === 0 ? 0 : 1;
  } finally {
    await chrome.kill();
    await app.stop();
  }
}

await main();
