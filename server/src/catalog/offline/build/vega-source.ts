import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseVegaRows, type VegaRow } from "../cleaning/vega-row.js";

/**
 * Where vega-datasets keeps `data/movies.json`. The package's `exports` map
 * hides its data folder from `require.resolve`, so we find the package by its
 * entry point (`build/index.js`) and step over to `data/`.
 */
export function vegaMoviesFile(): string {
  const entry = createRequire(import.meta.url).resolve("vega-datasets");
  return join(dirname(entry), "..", "data", "movies.json");
}

/** The real rows, shape-checked. Only the build and the tests read them. */
export async function readVegaRows(file = vegaMoviesFile()): Promise<VegaRow[]> {
  return parseVegaRows(JSON.parse(await readFile(file, "utf8")));
}
