import SearchableMap from "minisearch/SearchableMap";
import { titleKey } from "../text/fold.js";
import { numberSpellings } from "../text/numbers.js";
import { soundKey } from "../text/sound-key.js";
import { abbreviationForms, isNumberLetter } from "../text/word-variants.js";
import { editDistance } from "./edit-distance.js";
import { type AnalyzedTitle, literalTitleWords, queryTerms } from "./terms.js";
import { transpositions } from "./transpositions.js";

/**
 * Known film titles as a spelling dictionary, to correct what was typed the
 * way a person would: "fite club" → "fight club", "lethal weapon iii" →
 * "lethal weapon 3" (the spelling the title uses). Each typed word that no
 * title has is replaced by a close title word (typo, swapped letters, sound);
 * a number may take any of its spellings; and among the combinations, those
 * whose words all occur together in one known title win. Serves the offline
 * catalog's "did you mean" and the TMDB adapter's second try.
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

interface Candidate {
  word: string;
  /** A word no known title has, kept because nothing closer was found. */
  unknown?: boolean;
  /** 0 for the typed word; edits (or their equivalent) for a correction. */
  cost: number;
  /** A number written another way: not a spelling mistake. */
  numeral: boolean;
}

interface Reading {
  words: string[];
  cost: number;
  /** Whether a spelling (not just a numeral's form) changed. */
  corrected: boolean;
  /** Typed words left as they were though no title has them. */
  unknown: number;
  /** The costliest single correction in it. */
  worst: number;
  /** Known titles holding every meaningful word so far; null while unconstrained. */
  titles: Set<number> | null;
}

/** Words that occur in too many titles to say which one is meant. */
const UNCONSTRAINING = new Set(["a", "an", "and", "the", "of", "in", "on", "to", "for", "at"]);
const MAX_CANDIDATES = 6;
const BEAM_WIDTH = 12;
/** Costs of corrections that edit distance does not measure. */
const TRANSPOSITION_COST = 1;
const SOUND_COST = 1.5;
/** A sound match may differ in at most this share of the typed letters. */
const MAX_SOUND_EDIT_SHARE = 0.6;
/** Respelling a number costs almost nothing: only a title using that form decides. */
const NUMERAL_COST = 0.01;

/**
 * Edits allowed in a correction: stricter than the search's own typo
 * tolerance, because a correction is shown to the user (and, in TMDB mode,
 * asked for): two edits turn "qwerty" into "twenty".
 */
function typoBudget(word: string): number {
  if (/\d/.test(word) || word.length <= 3) return 0;
  return word.length <= 6 ? 1 : 2;
}

/**
 * Whether a word found by its sound is also spelled close enough to be what
 * was meant: "fite" and "fight" (3 edits in 4 letters) yes, "qwerty" and
 * "coward" (5 in 6) no.
 */
function soundsAndLooksAlike(typed: string, word: string): boolean {
  return editDistance(typed, word) <= Math.ceil(typed.length * MAX_SOUND_EDIT_SHARE);
}

export class TitleDictionary {
  readonly #keys = new Set<string>();
  /** The titles as written, to spell a corrected word as its title does ("schindler's"). */
  readonly #titles: string[] = [];
  /** Folded title word → the titles (by index) that have it. */
  readonly #words = new SearchableMap<number[]>();
  #sounds: Map<string, string[]> | undefined;
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
  add(title: string, analyzed?: AnalyzedTitle): void {
    const key = titleKey(title);
    if (key === "" || this.#keys.has(key) || this.#titleCount >= this.#maxTitles) return;
    this.#keys.add(key);
    const index = this.#titleCount++;
    this.#titles.push(title);
    for (const word of analyzed?.words ?? literalTitleWords(title)) {
      const titles = this.#words.get(word);
      if (titles) titles.push(index);
      else this.#words.set(word, [index]);
    }
    this.#sounds = undefined;
  }

  /** Whether a typed word is a word of some known title (or, `prefix`, starts one). */
  knows(word: string, { prefix = false } = {}): boolean {
    if (this.#words.has(word)) return true;
    return prefix && word.length >= 2 && this.#words.atPrefix(word).size > 0;
  }

  /** Whether one known title has all these (folded) words; common words don't count. */
  hasTitleWith(words: readonly string[]): boolean {
    let titles: Set<number> | null = null;
    for (const word of words) {
      if (UNCONSTRAINING.has(word)) continue;
      titles = this.#narrow(titles, word);
      if (!this.#words.has(word) || titles?.size === 0) return false;
    }
    return titles !== null;
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
    const readings = this.#readings(terms);
    const typed = terms.join(" ");
    const results: Correction[] = [];
    const seen = new Set<string>([typed]);
    for (const reading of readings) {
      const key = reading.words.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({
        text: rebuild(tokens, termsByToken, reading.words, (word, asTyped) =>
          this.#spelling(word, asTyped),
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

  /** Readings of the terms, best first: all words in one known title, then cheapest. */
  #readings(terms: readonly string[]): Reading[] {
    let beam: Reading[] = [
      { words: [], cost: 0, corrected: false, unknown: 0, worst: 0, titles: null },
    ];
    for (let i = 0; i < terms.length; i++) {
      const candidates = this.#candidates(terms, i);
      const next: Reading[] = [];
      for (const reading of beam) {
        for (const candidate of candidates) {
          next.push({
            words: [...reading.words, candidate.word],
            cost: reading.cost + candidate.cost,
            corrected: reading.corrected || (candidate.cost > 0 && !candidate.numeral),
            unknown: reading.unknown + (candidate.unknown ? 1 : 0),
            worst: Math.max(reading.worst, candidate.cost),
            titles: this.#narrow(reading.titles, candidate.word),
          });
        }
      }
      beam = next.sort(byFit).slice(0, BEAM_WIDTH);
    }
    return beam;
  }

  /** The titles left once `word` must occur too (common and unknown words don't narrow). */
  #narrow(titles: Set<number> | null, word: string): Set<number> | null {
    if (UNCONSTRAINING.has(word)) return titles;
    const having = this.#words.get(word);
    if (!having) return titles;
    if (titles === null) return new Set(having);
    return new Set(having.filter((index) => titles.has(index)));
  }

  /** What one typed word may be: itself, a number's other spellings, or close known words. */
  #candidates(terms: readonly string[], i: number): Candidate[] {
    const term = terms[i] ?? "";
    const spellings = numberSpellings(term, { letterNumeral: isNumberLetter(terms, i, false) });
    // Another spelling of a number only helps if some title writes it so.
    const candidates: Candidate[] = spellings
      .filter((word, n) => n === 0 || this.#words.has(word))
      .map((word, n) => ({ word, cost: n === 0 ? 0 : NUMERAL_COST, numeral: n > 0 }));
    const last = i === terms.length - 1;
    // "episode" is no mistake when titles write "Ep.": known, though left as typed.
    const known =
      this.knows(term, { prefix: last }) ||
      abbreviationForms(term).some((form) => this.#words.has(form));
    if (spellings.length > 1 || known) return candidates;
    if (/\d/.test(term)) return [{ word: term, cost: 0, numeral: false, unknown: true }];
    const corrections = new Map<string, number>();
    const consider = (word: string, cost: number) =>
      corrections.set(word, Math.min(cost, corrections.get(word) ?? cost));
    const budget = typoBudget(term);
    if (budget > 0) {
      for (const [word, [, distance]] of this.#words.fuzzyGet(term, budget))
        consider(word, distance);
    }
    for (const word of transpositions(term)) {
      if (this.#words.has(word)) consider(word, TRANSPOSITION_COST);
    }
    const sound = soundKey(term);
    for (const word of sound === null ? [] : (this.#soundIndex().get(sound) ?? [])) {
      if (soundsAndLooksAlike(term, word)) consider(word, SOUND_COST);
    }
    const best = [...corrections]
      .sort(
        ([a, costA], [b, costB]) =>
          costA - costB || this.#frequency(b) - this.#frequency(a) || a.localeCompare(b),
      )
      .slice(0, MAX_CANDIDATES)
      .map(([word, cost]) => ({ word, cost, numeral: false }));
    // The typed word stays a (costly) option: it may be a title this dictionary lacks.
    return [...best, { word: term, cost: budget + SOUND_COST, numeral: false, unknown: true }];
  }

  /**
   * A known word as a title writes it, in lower case ("schindlers" →
   * "schindler's"); else `typed` (default: the word).
   */
  #spelling(word: string, typed = word): string {
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

  #frequency(word: string): number {
    return this.#words.get(word)?.length ?? 0;
  }

  /** Sound key → known words with it; built on first need and after the dictionary grows. */
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

/** Readings whose words meet in a known title first, then those with fewer unknown words, then the cheapest. */
function byFit(a: Reading, b: Reading): number {
  const apart = (reading: Reading) =>
    reading.titles !== null && reading.titles.size === 0 ? 1 : 0;
  return apart(a) - apart(b) || a.unknown - b.unknown || a.cost - b.cost;
}

/**
 * The user's own tokens where nothing changed (their case, accents and
 * punctuation kept), the corrected words, spelled as their titles spell
 * them, where something did.
 */
function rebuild(
  tokens: readonly string[],
  termsByToken: readonly string[][],
  words: readonly string[],
  spelling: (word: string, typed?: string) => string,
): string {
  let next = 0;
  return tokens
    .map((token, i) => {
      const terms = termsByToken[i] ?? [];
      const chosen = words.slice(next, next + terms.length);
      next += terms.length;
      // A one-word token kept as typed still takes the title's apostrophe ("schindler's").
      if (chosen.every((word, n) => word === terms[n])) {
        return terms.length === 1 && terms[0] ? spelling(terms[0], token) : token;
      }
      return chosen.map((word, n) => (word === terms[n] ? word : spelling(word))).join(" ");
    })
    .filter((token) => token !== "")
    .join(" ");
}
