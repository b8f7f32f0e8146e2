import { Acronyms, mayBeAcronym } from "./acronyms.js";
import { candidatesFor } from "./correction-candidates.js";
import { bestReadings, oneTitleHas, oneTitleHasWhileTyping } from "./correction-readings.js";
import { correctedText } from "./correction-text.js";
import { literalTitleWords, queryTerms } from "./terms.js";
import { titleKey } from "./text/fold.js";
import { TitleWords, type TitleWordsParts } from "./title-words.js";

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

/**
 * What the build stores of the catalog's dictionary (`search-index.ts`), so a
 * starting server restores it instead of learning 3,000 titles again: the
 * sound keys of every title word are most of that work.
 */
export interface TitleDictionaryParts extends TitleWordsParts {
  /** Positions of the titles it left out: no letters, or the same as an earlier title ("FIGHT CLUB!"). */
  skipped: number[];
}

export class TitleDictionary {
  /** Keys of the titles learned; after `restore`, computed on the first `add` (only a learning dictionary needs them). */
  #keys: Set<string> | undefined = new Set<string>();
  #words = new TitleWords();
  #titleCount = 0;
  readonly #maxTitles: number;
  /** The titles' acronyms, by phrase; made when first asked for, then kept up as titles are learned. */
  #acronyms: Acronyms<null> | undefined;

  /** Learns at most `maxTitles` titles, so a long-running server's memory stays bounded. */
  constructor(titles: Iterable<string> = [], { maxTitles = 50_000 } = {}) {
    this.#maxTitles = maxTitles;
    for (const title of titles) this.add(title);
  }

  /**
   * A dictionary of these titles, and the parts that `restore` rebuilds it
   * from. `words[i]`, when given, are the words of `titles[i]`
   * (`StoredTitle.words`, saving their analysis).
   */
  static learn(
    titles: readonly string[],
    { words, maxTitles = 50_000 }: { words?: readonly string[][]; maxTitles?: number } = {},
  ): { dictionary: TitleDictionary; parts: TitleDictionaryParts } {
    const dictionary = new TitleDictionary([], { maxTitles });
    const skipped: number[] = [];
    titles.forEach((title, i) => {
      const analyzed = words?.[i];
      if (!dictionary.add(title, analyzed && { words: analyzed })) skipped.push(i);
    });
    return { dictionary, parts: { skipped, ...dictionary.#words.parts() } };
  }

  /**
   * The dictionary `learn(titles).dictionary` is, from its `parts`
   * (taken over, not copied: see `TitleWords.restore`).
   */
  static restore(
    titles: readonly string[],
    parts: TitleDictionaryParts,
    { maxTitles = 50_000 } = {},
  ): TitleDictionary {
    const skipped = new Set(parts.skipped);
    const learned = titles.filter((_, i) => !skipped.has(i));
    // Bound below the stored titles: learn them one by one instead (tests; never the server).
    if (learned.length > maxTitles) return TitleDictionary.learn(titles, { maxTitles }).dictionary;
    const dictionary = new TitleDictionary([], { maxTitles });
    dictionary.#words = TitleWords.restore(learned, parts);
    dictionary.#keys = undefined;
    dictionary.#titleCount = learned.length;
    return dictionary;
  }

  get size(): number {
    return this.#titleCount;
  }

  /** Adds a title (once; spelling variants of one title count once); says whether it was learned. */
  add(title: string, analyzed?: { readonly words: readonly string[] }): boolean {
    const key = titleKey(title);
    this.#keys ??= new Set(this.#words.titles().map(titleKey));
    if (key === "" || this.#keys.has(key) || this.#titleCount >= this.#maxTitles) return false;
    this.#keys.add(key);
    this.#titleCount++;
    this.#words.add(title, analyzed?.words ?? literalTitleWords(title));
    this.#acronyms?.add(title, null);
    return true;
  }

  /**
   * What a typed acronym stands for ("lotr" → "the lord of the rings"): the
   * phrase most known titles share, the first learned on a tie. Undefined
   * for a word that is a title word, or starts one.
   */
  acronymPhrase(word: string): string | undefined {
    if (!mayBeAcronym(word) || this.knows(word, { prefix: true })) return undefined;
    if (!this.#acronyms) {
      this.#acronyms = new Acronyms<null>();
      for (const title of this.#words.titles()) this.#acronyms.add(title, null);
    }
    const counts = new Map<string, number>();
    for (const { phrase } of this.#acronyms.find(word)) {
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
    let best: [string, number] | undefined;
    for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
    return best?.[0];
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
   * The "did you mean" texts for a typed title: its confident corrections
   * that change a word's spelling (not only how a number is written).
   */
  spellingSuggestions(text: string, limit = 3): string[] {
    return this.corrections(text, limit)
      .filter((correction) => correction.confident && !correction.respelledOnly)
      .map((correction) => correction.text);
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
    // What was typed already meets in a title, the last word as the start of one ("the godf"):
    // nothing to correct, and no readings to weigh.
    if (oneTitleHasWhileTyping(this.#words, terms)) return [];
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
