import { BUDGETS, type PageScores } from "./budgets.js";

export interface BenchReport {
  date: string;
  machine: string;
  runsPerPage: number;
  pages: PageScores[];
  homeJs: { kb: number; files: string[] };
  misses: string[];
}

const mark = (ok: boolean) => (ok ? "✅" : "❌");

/** The web budget's section of docs/benchmarks.md, between the web-budget markers. */
export function renderReport(report: BenchReport): string {
  const rows = report.pages.map((page) =>
    [
      `| ${page.name} | \`${page.path}\``,
      `${page.performance} ${mark(page.performance >= BUDGETS.performance)}`,
      `${page.accessibility} ${mark(page.accessibility >= BUDGETS.accessibility)}`,
      `${page.bestPractices} ${mark(page.bestPractices >= BUDGETS.bestPractices)}`,
      `${page.fcpMs}`,
      `${page.lcpMs}`,
      `${page.tbtMs}`,
      `${page.cls}`,
      `${page.benchmarkIndex} |`,
    ].join(" | "),
  );
  return [
    "## Web speed and accessibility budget",
    "",
    "Written by `npm run bench:web` (after `npm run build`) between the `web-budget` markers;",
    "`npm run bench` writes the rest of this file. Do not edit either by hand.",
    "",
    `Measured ${report.date} on ${report.machine}, against the built app on the offline catalog,`,
    "with Lighthouse 12.2.3 (mobile preset: simulated slow 4G, 4x CPU slowdown) driving Debian's",
    `Chromium. Each page ran ${report.runsPerPage} times; the table shows the run with the median`,
    "performance score.",
    "",
    "CPU index is Lighthouse's own benchmark of the machine during the run (higher is faster):",
    "the simulated 4x slowdown is applied on top of it, so a busy machine lowers the scores,",
    "Total Blocking Time first.",
    "",
    `Budget: performance ≥ ${BUDGETS.performance}, accessibility ${BUDGETS.accessibility}, best practices ≥ ${BUDGETS.bestPractices}; initial JavaScript on the home route ≤ ${BUDGETS.homeJsKb} KB gzip.`,
    "",
    "| page | path | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | CPU index |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    `**Initial JavaScript on the home route: ${report.homeJs.kb.toFixed(1)} KB gzip** ${mark(report.homeJs.kb <= BUDGETS.homeJsKb)}`,
    `(${report.homeJs.files.length} files: ${report.homeJs.files.map((file) => `\`${file}\``).join(", ")};`,
    "every script the home page loaded before going idle, each gzipped at the default level).",
    "",
    report.misses.length === 0
      ? "All budgets met."
      : `Missed: ${report.misses.map((miss) => `${miss}`).join("; ")}.`,
    "",
  ].join("\n");
}
