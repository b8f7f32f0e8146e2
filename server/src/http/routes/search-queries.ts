import { LRUCache } from "lru-cache";
import type { SearchQuery } from "../../catalog/movie.js";

/**
 * The catalog query of each search URL, remembered: the same URL gives the
 * same frozen `SearchQuery` object every time, and the cache decorator
 * remembers the cache key of such an object (see
 * `catalog/cache/cached-catalog.ts`). Building a fresh key string, and
 * hashing it to find the cache entry, was the largest cost of a cached
 * search; now a repeated search finds its entry by a key the engine has
 * hashed before. The input-side twin of `http/serializer.ts`.
 *
 * Safe because a query depends only on its URL (validation is
 * deterministic). Bounded: the most recently used URLs are kept.
 */
export class SearchQueries {
  readonly #byUrl: LRUCache<string, Readonly<SearchQuery>>;

  constructor(maxUrls = 1000) {
    this.#byUrl = new LRUCache({ max: maxUrls });
  }

  /** The query of `url`, built by `build` (from the validated query string) when not known. */
  of(url: string, build: () => SearchQuery): Readonly<SearchQuery> {
    let query = this.#byUrl.get(url);
    if (query === undefined) {
      query = Object.freeze(build());
      this.#byUrl.set(url, query);
    }
    return query;
  }
}
