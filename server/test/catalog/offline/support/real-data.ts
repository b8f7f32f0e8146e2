import { buildCatalog } from "../../../../src/catalog/offline/build/build-catalog.js";
import { readVegaRows } from "../../../../src/catalog/offline/build/vega-source.js";
import type { CatalogRecord } from "../../../../src/catalog/offline/catalog-record.js";
import {
  draftFromVegaRow,
  type FilmDraft,
} from "../../../../src/catalog/offline/cleaning/film-draft.js";
import type { VegaRow } from "../../../../src/catalog/offline/cleaning/vega-row.js";
import { OfflineCatalog } from "../../../../src/catalog/offline/index.js";

/**
 * The real vega rows and the catalog built from them in memory, so tests
 * assert on actual records without needing `data/catalog.json` to exist.
 * Each is built once per test file.
 */

let rows: Promise<VegaRow[]> | undefined;
let built: Promise<ReturnType<typeof buildCatalog>> | undefined;
let catalog: Promise<OfflineCatalog> | undefined;

export function realRows(): Promise<VegaRow[]> {
  rows ??= readVegaRows();
  return rows;
}

export async function realDrafts(): Promise<FilmDraft[]> {
  return (await realRows()).map(draftFromVegaRow);
}

export function realBuild(): Promise<ReturnType<typeof buildCatalog>> {
  built ??= realRows().then(buildCatalog);
  return built;
}

export async function realRecords(): Promise<CatalogRecord[]> {
  return (await realBuild()).catalog.films;
}

/** The catalog as the server runs it: the built films with the search index built with them. */
export function realCatalog(): Promise<OfflineCatalog> {
  catalog ??= realBuild().then(
    ({ catalog: { films, search } }) => new OfflineCatalog(films, search),
  );
  return catalog;
}

/** The one record with this title and year; throws when there is none or several. */
export function recordNamed(
  records: readonly CatalogRecord[],
  title: string,
  year: number,
): CatalogRecord {
  const found = records.filter((record) => record.title === title && record.year === year);
  if (found.length !== 1) throw new Error(`${found.length} records named ${title} (${year})`);
  return found[0] as CatalogRecord;
}

/** The one raw row titled exactly `title` (as the file stores it); throws when not exactly one. */
async function rowTitled(title: string | number): Promise<VegaRow> {
  const found = (await realRows()).filter((row) => row.Title === title);
  if (found.length !== 1) throw new Error(`${found.length} rows titled ${title}`);
  return found[0] as VegaRow;
}

/** That row as a draft, before any repair. */
export async function draftTitled(title: string | number): Promise<FilmDraft> {
  return draftFromVegaRow(await rowTitled(title));
}
