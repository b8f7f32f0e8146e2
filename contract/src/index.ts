/**
 * The public HTTP contract (docs/architecture.md): one zod schema per answer,
 * with its TypeScript type inferred from it. The server serializes and
 * documents its answers with these schemas; the web imports the types only
 * (`import type`), so zod never reaches its bundle. The genre table and the
 * movie-id rule are separate entry points, `@netflix-clone/contract/genres`
 * and `@netflix-clone/contract/movie-id`, free of zod.
 */

export { type BrowsePage, type BrowseRow, browsePageSchema, browseRowSchema } from "./browse.js";
export { type CatalogMeta, catalogMetaSchema } from "./catalog-meta.js";
export { type CatalogSource, catalogSourceSchema } from "./catalog-source.js";
export { type ErrorEnvelope, errorEnvelopeSchema } from "./error-envelope.js";
export { type Genre, MOVIE_GENRES, TV_MOVIE_GENRE_ID } from "./genres.js";
export {
  type CastMember,
  castMemberSchema,
  type ExternalRating,
  externalRatingSchema,
  type MovieDetails,
  movieDetailsSchema,
  type Trailer,
  trailerSchema,
} from "./movie-details.js";
export { MOVIE_ID_PATTERN, MOVIE_ID_SOURCE } from "./movie-id.js";
export { type MovieSummary, movieSummarySchema } from "./movie-summary.js";
export { type SearchPage, searchPageSchema } from "./search-page.js";
export { SEARCH_SORTS, type SearchSort } from "./search-sorts.js";
export {
  type WatchProvider,
  type WatchProviders,
  watchProviderSchema,
  watchProvidersSchema,
} from "./watch-providers.js";
