import { readFile } from "node:fs/promises";
import { CATALOG_FORMAT, type CatalogFile, DEFAULT_CATALOG_FILE } from "./catalog-record.js";

export { DEFAULT_CATALOG_FILE };

import { OfflineCatalog } from "./offline-catalog.js";

async function readCatalogFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new Error(
      `Offline catalog not found at ${file}. Build it with "npm run build -w server" ` +
        `(or "npx tsx scripts/build-catalog.ts" in server/).`,
    );
  }
}

function parseCatalog(text: string, file: string): CatalogFile {
  const parsed = JSON.parse(text) as Partial<CatalogFile>;
  if (
    parsed.format !== CATALOG_FORMAT ||
    !Array.isArray(parsed.films) ||
    parsed.search?.titles?.length !== parsed.films.length ||
    !parsed.search.index ||
    !parsed.search.sounds ||
    !parsed.search.dictionary
  ) {
    throw new Error(
      `${file} is not an offline catalog of format ${CATALOG_FORMAT}; rebuild it with "npm run build -w server".`,
    );
  }
  return parsed as CatalogFile;
}

/**
 * Reads the built catalog and loads the search index stored with it; fails
 * with a message that says how to fix it.
 */
export async function loadOfflineCatalog(file = DEFAULT_CATALOG_FILE): Promise<OfflineCatalog> {
  const { films, search } = parseCatalog(await readCatalogFile(file), file);
  return new OfflineCatalog(films, search);
}
