/**
 * The offline catalog adapter: serves films from a catalog built at build time
 * out of vega-datasets' movies.json, with no network and no credential.
 */
export type { CatalogFile, CatalogRecord } from "./catalog-record.js";
export { DEFAULT_CATALOG_FILE, loadOfflineCatalog } from "./load-catalog.js";
export { OfflineCatalog, PAGE_SIZE } from "./offline-catalog.js";
