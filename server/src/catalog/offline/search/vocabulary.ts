import { hasWordStartingWith } from "../../titles/sorted-words.js";

/**
 * The set of words the titles are indexed under, sorted, to answer "is this a
 * real word?" and "does a real word start with this?" without touching the
 * full-text index. A typed word that is neither is a mistake, and gets the
 * slower help (swapped letters, sound) that real words don't need.
 */
export class Vocabulary {
  readonly #words: Set<string>;
  readonly #sorted: string[];

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    this.#words.delete("");
    this.#sorted = [...this.#words].sort();
  }

  get size(): number {
    return this.#words.size;
  }

  /** Whether the word is a title word, or with `prefix`, the start of one. */
  has(word: string, { prefix = false } = {}): boolean {
    if (this.#words.has(word)) return true;
    return prefix && hasWordStartingWith(this.#sorted, word);
  }
}
