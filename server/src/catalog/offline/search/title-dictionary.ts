import { titleKey } from "../text/fold.js";
import { candidatesFor } from "./correction-candidates.js";
import { bestReadings, oneTitleHas } from "./correction-readings.js";
import { correctedText } from "./correction-text.js";
import type { StoredTitle } from "./search-index.js";
import { literalTitleWords, queryTerms } from "./terms.js";
import { TitleWords } from "./title-words.js";

/**
 * Known film titles as a spelling dictionary, to correct what was typed the
 * way a person would: "fite club" → "fight club", "lethal weapon iii" →
 * "lethal weapon 3" (the spelling the title uses). Each typed word that no
 * title has is replaced by a close title word (typo, swapped letters, sound:
 * `correction-candidates.ts`); a number may take any of its spellings; and
 * among the combinations, those whose words all occur together in one known
 * title win (`correction-readings.ts`). Serves the offline catalog's "did you
 * mean" and the TMDB adapter's second try.
 */

export interface Correction {
  /** The text with its words corrected, in the typed order. */
  text: string;
  /** Whether a misspelled word was replaced (not only a number respelled as a title spells it). */
  respelledOnly: boolean;
  /** Every word is a known title word. */
  allKnown: boolean;
  /** Each corrected word is one slip away (an edit or two swapped letters), not further or by sound. */
  slight: boolean;
  /** Every word is a known title word, and one known title has them all. */
  confident: boolean;
}

export class TitleDictionary {
  readonly #keys = new Set<string>();
  readonly #words = new TitleWords();
  #titleCount = 0;
  readonly #maxTitles: number;

  /** Learns at most `maxTitles` titles, so a long-running server's memory stays bounded. */
  constructor(titles: Iterable<string> = [], { maxTitles = 50_000 } = {}) {
    this.#maxTitles = maxTitles;
    for (const title of titles) this.add(title);
  }

  get size(): number {
    return this.#titleCount;
  }

  /** Adds a title (once; spelling variants of one title count once). */
  add(title: string, analyzed?: Pick<StoredTitle, "words">): void {
    const key = titleKey(title);
    if (key === "" || this.#keys.has(key) || this.#titleCount >= this.#maxTitles) return;
    this.#keys.add(key);
    this.#titleCount++;
    this.#words.add(title, analyzed?.words ?? literalTitleWords(title));
  }

  /** Whether a typed word is a word of some known title (or, `prefix`, starts one). */
  knows(word: string, { prefix = false } = {}): boolean {
    return this.#words.knows(word, { prefix });
  }

  /** Whether one known title has all these (folded) words; common words don't count. */
  hasTitleWith(words: readonly string[]): boolean {
    return oneTitleHas(this.#words, words);
  }

  /**
   * Up to `limit` corrected readings of the text, best first, none equal to
   * it. Empty when every word is known and they occur together in a title, or
   * nothing closer is known.
   */
  corrections(text: string, limit = 3): Correction[] {
    const tokens = text.trim().split(/\s+/).filter(Boolean);
    const termsByToken = tokens.map(queryTerms);
    const terms = termsByToken.flat();
    if (terms.length === 0) return [];
    const readings = bestReadings(this.#words, terms, (i) => candidatesFor(this.#words, terms, i));
    const typed = terms.join(" ");
    const results: Correction[] = [];
    const seen = new Set<string>([typed]);
    for (const reading of readings) {
      const key = reading.words.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({
        text: correctedText(tokens, termsByToken, reading.words, (word, asTyped) =>
          this.#words.spelling(word, asTyped),
        ),
        respelledOnly: !reading.corrected,
        allKnown: reading.unknown === 0,
        slight: reading.worst <= 1,
        confident: reading.unknown === 0 && reading.titles !== null && reading.titles.size > 0,
      });
      if (results.length === limit) break;
    }
    return results;
  }
}
