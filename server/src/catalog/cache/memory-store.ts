import { LRUCache } from "lru-cache";
import type { CacheEntry } from "./entry.js";

/**
 * The in-process cache: least recently used entries go first once the
 * entries' approximate size passes `maxBytes`. Expiry is the decorator's
 * (it knows the windows); an expired entry lingers only until evicted.
 */
export class MemoryStore {
  readonly #lru: LRUCache<string, CacheEntry>;

  constructor(maxBytes: number) {
    this.#lru = new LRUCache<string, CacheEntry>({
      maxSize: maxBytes,
      // JSON length × 2: strings are UTF-16 in memory, and objects cost more than their text.
      sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry.value).length * 2),
    });
  }

  get(key: string): CacheEntry | undefined {
    return this.#lru.get(key);
  }

  set(key: string, entry: CacheEntry): void {
    this.#lru.set(key, entry);
  }

  get size(): number {
    return this.#lru.size;
  }

  get bytes(): number {
    return this.#lru.calculatedSize;
  }
}
