import { existsSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { DEFAULT_CATALOG_FILE, loadOfflineCatalog } from "../src/catalog/offline/index.js";
import { EVALUATION_QUERIES } from "../test/catalog/offline/search-evaluation.queries.js";
import { measureColdStart } from "./cold-start.js";
import { describeMachine } from "./machine.js";
import { measureSearchLatency } from "./search-latency.js";
import { percentile } from "./stats.js";

/**
 * `npm run bench`: the speed targets of the project, measured on this machine
 * and written to docs/benchmarks.md. Needs `npm run build` first (it starts
 * the built server).
 */

const ENTRY = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const REPORT = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
const COLD_STARTS = 7;

if (!existsSync(ENTRY) || !existsSync(DEFAULT_CATALOG_FILE)) {
  console.error("Run `npm run build` first: the benchmark starts the built server.");
  process.exit(1);
}

const loadStarted = performance.now();
const catalog = await loadOfflineCatalog();
const loadMs = performance.now() - loadStarted;

const queries = EVALUATION_QUERIES.map((entry) => entry.query);
const search = await measureSearchLatency(catalog, queries);

const coldStarts: number[] = [];
for (let run = 0; run < COLD_STARTS; run++) coldStarts.push(await measureColdStart(ENTRY));

const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 0)} ms`;
const verdict = (value: number, target: number) => (value < target ? "meets" : "MISSES");
const rows = [
  ["offline search, p50 per query", ms(search.p50Ms), "", ""],
  ["offline search, p99 per query", ms(search.p99Ms), "< 2 ms", verdict(search.p99Ms, 2)],
  ["catalog load + index build (in-process)", ms(loadMs), "", ""],
  [
    "cold start to ready, median",
    ms(percentile(coldStarts, 0.5)),
    "< 1000 ms",
    verdict(percentile(coldStarts, 0.5), 1000),
  ],
  ["cold start to ready, worst", ms(Math.max(...coldStarts)), "", ""],
];

const report = `# Benchmarks

Measured by \`npm run bench\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}.

Machine: ${describeMachine()}.

| measure | value | target | |
|---|---|---|---|
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}

- **Search latency**: ${queries.length} queries of the search-quality evaluation set
  (exact, prefix, typo, accent, punctuation, year, numeric), each searched
  ${search.samples / queries.length} times after a warm-up, in-process against the offline catalog of
  ${catalog.size} films; ${search.samples} samples, nearest-rank percentiles.
- **Cold start**: wall time from spawning \`node server/dist/main.js\` (offline catalog) to
  its first 200 from \`/readyz\`, polled every 5 ms; ${COLD_STARTS} runs.
`;

writeFileSync(REPORT, report);
process.stdout.write(report);
