/**
 * Build step: cleans vega-datasets' movies.json into `data/catalog.json`, the
 * compact file the offline catalog loads at start-up. Deterministic: the same
 * input always writes the same bytes. Run by `npm run build -w server`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { buildCatalog } from "../src/catalog/offline/build/build-catalog.js";
import { readVegaRows, vegaMoviesFile } from "../src/catalog/offline/build/vega-source.js";
import type { CleaningReport } from "../src/catalog/offline/cleaning/pipeline.js";
import { DEFAULT_CATALOG_FILE } from "../src/catalog/offline/index.js";

function summary(report: CleaningReport, file: string): string {
  const repairs = Object.entries(report.repairs).filter(([, count]) => count > 0);
  const total = repairs.reduce((sum, [, count]) => sum + count, 0);
  const detail = repairs.map(([name, count]) => `${name} ${count}`).join(", ");
  return (
    `catalog: ${report.rowsIn} rows in, ${report.dropped} dropped, ${report.merged} merged, ` +
    `${total} repairs (${detail}) -> ${report.filmsOut} films in ${file}`
  );
}

const source = vegaMoviesFile();
const { catalog, report } = buildCatalog(await readVegaRows(source));
await mkdir(dirname(DEFAULT_CATALOG_FILE), { recursive: true });
// One film per line: small, and a diff between two builds stays readable.
const json = `{"format":${catalog.format},"source":${JSON.stringify(catalog.source)},"films":[\n${catalog.films
  .map((film) => JSON.stringify(film))
  .join(",\n")}\n]}\n`;
await writeFile(DEFAULT_CATALOG_FILE, json);
process.stdout.write(`${summary(report, relative(process.cwd(), DEFAULT_CATALOG_FILE))}\n`);
