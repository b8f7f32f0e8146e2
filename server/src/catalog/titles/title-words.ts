import { hasWordStartingWith, mergeSorted, wordsStartingWith } from "./sorted-words.js";
import { queryTerms } from "./terms.js";
import { soundKey } from "./text/sound-key.js";
import { wordsWithin } from "./words-within.js";

/** What `TitleWords.restore` rebuilds the words of known titles from. */
export interface TitleWordsParts {
  /** Every word, sorted, with the numbers of the titles that have it. */
  words: Array<[string, number[]]>;
  /** Sound key → the words with it, in the order learned. */
  sounds: Array<[string, string[]]>;
}

/**
 * The words of known titles, for the spelling dictionary: each folded word
 * with the titles (by number, in the order learned) that have it, looked up
 * whole, by prefix or by typo; the words by sound; and the titles as written,
 * to spell a corrected word as its title does.
 *
 * Maps and a sorted word list, not a search tree, so `restore` is little
 * more than handing stored lists to native constructors: well under a
 * millisecond even in a process that has just started, where learning the
 * catalog's titles one by one (a sound key per word) took about 100 ms.
 */
export class TitleWords {
  #titles: string[] = [];
  #words = new Map<string, number[]>();
  /** The words, sorted; `#unsorted` are those learned since, merged in on the next look-up. */
  #sorted: readonly string[] = [];
  #unsorted: string[] = [];
  /** Sound key (`text/sound-key.ts`) → known words with it, in the order learned. */
  #sounds = new Map<string, string[]>();

  /**
   * Known titles (as written, in order) again, from `parts()` of words that
   * learned them. The parts' lists are taken over, not copied: they come
   * fresh from the catalog file, and a dictionary that keeps learning adds to
   * them.
   */
  static restore(titles: string[], parts: TitleWordsParts): TitleWords {
    const restored = new TitleWords();
    restored.#titles = titles;
    restored.#words = new Map(parts.words);
    restored.#sorted = parts.words.map(([word]) => word);
    restored.#sounds = new Map(parts.sounds);
    return restored;
  }

  /** What `restore` needs besides the titles. */
  parts(): TitleWordsParts {
    const sorted = this.#sortedWords();
    return {
      words: sorted.map((word) => [word, this.#words.get(word) ?? []]),
      sounds: [...this.#sounds],
    };
  }

  /** Learns a title and its (folded) words; returns the title's number. */
  add(title: string, words: Iterable<string>): number {
    const index = this.#titles.length;
    this.#titles.push(title);
    for (const word of words) {
      const titles = this.#words.get(word);
      if (titles) {
        titles.push(index);
        continue;
      }
      this.#words.set(word, [index]);
      this.#unsorted.push(word);
      const key = soundKey(word);
      if (key === null) continue;
      const sounding = this.#sounds.get(key);
      if (sounding) sounding.push(word);
      else this.#sounds.set(key, [word]);
    }
    return index;
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** Whether a typed word is a word of some known title (or, `prefix`, starts one). */
  knows(word: string, { prefix = false } = {}): boolean {
    if (this.#words.has(word)) return true;
    return prefix && word.length >= 2 && hasWordStartingWith(this.#sortedWords(), word);
  }

  /** The numbers of the titles that have the word. */
  titlesWith(word: string): readonly number[] | undefined {
    return this.#words.get(word);
  }

  /**
   * The numbers of the titles with a word that starts with `prefix` (the word
   * being typed); a prefix so short it starts more than `maxWords` words
   * tells nothing, and gives undefined.
   */
  titlesWithWordStarting(prefix: string, maxWords = 50): readonly number[] | undefined {
    const starting = wordsStartingWith(this.#sortedWords(), prefix, maxWords + 1);
    if (starting.length > maxWords) return undefined;
    return [...new Set(starting.flatMap((word) => this.#words.get(word) ?? []))];
  }

  /** How many titles have the word. */
  frequency(word: string): number {
    return this.#words.get(word)?.length ?? 0;
  }

  /** Known words at most `maxEdits` edits from the word, with their distance. */
  near(word: string, maxEdits: number): Array<[string, number]> {
    return wordsWithin(this.#sortedWords(), word, maxEdits);
  }

  /** Known words with this sound key (`text/sound-key.ts`). */
  soundingLike(key: string): readonly string[] {
    return this.#sounds.get(key) ?? [];
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

  /** The titles learned, as written, in order. */
  titles(): readonly string[] {
    return this.#titles;
  }

  #sortedWords(): readonly string[] {
    if (this.#unsorted.length > 0) {
      // A learning dictionary (TMDB mode) adds a few words per search: merge, don't sort all again.
      this.#sorted = mergeSorted(this.#sorted, this.#unsorted.sort());
      this.#unsorted = [];
    }
    return this.#sorted;
  }
}
