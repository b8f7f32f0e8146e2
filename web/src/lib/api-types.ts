/**
 * The public HTTP contract's shapes, from the `@netflix-clone/contract`
 * workspace the server serializes its answers with. Types only: `export type`
 * is erased at build, so the contract's zod schemas never reach the bundle.
 */
export type {
  BrowsePage,
  BrowseRow,
  CastMember,
  CatalogMeta,
  CatalogSource,
  ErrorEnvelope,
  ExternalRating,
  MovieDetails,
  MovieSummary,
  SearchPage,
  SearchSort,
  Trailer,
  WatchProvider,
  WatchProviders,
} from "@netflix-clone/contract";
