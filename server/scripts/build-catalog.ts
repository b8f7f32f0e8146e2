/**
 * Build step: cleans vega-datasets' movies.json into `data/catalog.json`, the
 * compact file the offline catalog loads at start-up, with the search index
 * built from it. Deterministic: the same input always writes the same bytes.
 * Run by `npm run build -w server`.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
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
// One film (and one title's analysis) per line: a diff between two builds stays readable.
const lines = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(",\n");
const { titles, index, sounds, dictionary } = catalog.search;
const json =
  `{"format":${catalog.format},"source":${JSON.stringify(catalog.source)},\n` +
  `"films":[\n${lines(catalog.films)}\n],\n` +
  `"search":{"titles":[\n${lines(titles)}\n],\n"index":${JSON.stringify(index)},\n` +
  `"sounds":${JSON.stringify(sounds)},\n"dictionary":${JSON.stringify(dictionary)}}}\n`;
// Written aside, then renamed: a server starting meanwhile reads the old file or the new, never half of one.
const partial = `${DEFAULT_CATALOG_FILE}.${process.pid}.partial`;
await writeFile(partial, json);
await rename(partial, DEFAULT_CATALOG_FILE);
process.stdout.write(`${summary(report, relative(process.cwd(), DEFAULT_CATALOG_FILE))}\n`);
