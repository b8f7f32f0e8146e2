/** The TMDB adapter of the `MovieCatalog` port. */
export type { TmdbCatalogOptions, TmdbLogger } from "./options.js";
export { createTmdbCatalog } from "./tmdb-catalog.js";
