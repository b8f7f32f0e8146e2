import SearchableMap from "minisearch/SearchableMap";
import { soundKey } from "../text/sound-key.js";
import { queryTerms } from "./terms.js";

/**
 * The words of known titles, for the spelling dictionary: each folded word
 * with the titles (by number, in the order learned) that have it, looked up
 * whole, by prefix or by typo; the titles as written, to spell a corrected
 * word as its title does; and, built on first need, the words by sound.
 */
export class TitleWords {
  readonly #titles: string[] = [];
  readonly #words = new SearchableMap<number[]>();
  #sounds: Map<string, string[]> | undefined;

  /** Learns a title and its (folded) words; returns the title's number. */
  add(title: string, words: Iterable<string>): number {
    const index = this.#titles.length;
    this.#titles.push(title);
    for (const word of words) {
      const titles = this.#words.get(word);
      if (titles) titles.push(index);
      else this.#words.set(word, [index]);
    }
    this.#sounds = undefined;
    return index;
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** Whether a typed word is a word of some known title (or, `prefix`, starts one). */
  knows(word: string, { prefix = false } = {}): boolean {
    if (this.#words.has(word)) return true;
    return prefix && word.length >= 2 && this.#words.atPrefix(word).size > 0;
  }

  /** The numbers of the titles that have the word. */
  titlesWith(word: string): readonly number[] | undefined {
    return this.#words.get(word);
  }

  /** How many titles have the word. */
  frequency(word: string): number {
    return this.#words.get(word)?.length ?? 0;
  }

  /** Known words at most `maxEdits` edits from the word, with their distance. */
  *near(word: string, maxEdits: number): Generator<[string, number]> {
    for (const [known, [, distance]] of this.#words.fuzzyGet(word, maxEdits)) {
      yield [known, distance];
    }
  }

  /** Known words with this sound key (`text/sound-key.ts`). */
  soundingLike(key: string): readonly string[] {
    return this.#soundIndex().get(key) ?? [];
  }

  /**
   * A known word as a title writes it, in lower case ("schindlers" →
   * "schindler's"); else `typed` (default: the word).
   */
  spelling(word: string, typed = word): string {
    const [first] = this.#words.get(word) ?? [];
    const title = first === undefined ? undefined : this.#titles[first];
    for (const token of title?.split(/\s+/) ?? []) {
      const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (queryTerms(bare).join("") !== word) continue;
      // Same letters as typed: keep the typist's case.
      return bare.toLowerCase() === typed.toLowerCase() ? typed : bare.toLowerCase();
    }
    return typed;
  }

  /** Sound key → known words with it; built on first need and after new words. */
  #soundIndex(): Map<string, string[]> {
    if (this.#sounds) return this.#sounds;
    const sounds = new Map<string, string[]>();
    for (const word of this.#words.keys()) {
      const key = soundKey(word);
      if (key === null) continue;
      const words = sounds.get(key);
      if (words) words.push(word);
      else sounds.set(key, [word]);
    }
    this.#sounds = sounds;
    return sounds;
  }
}
