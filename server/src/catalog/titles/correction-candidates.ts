import { editDistance } from "./edit-distance.js";
import { typoAllowance } from "./term-rules.js";
import { numberSpellings } from "./text/numbers.js";
import { soundKey } from "./text/sound-key.js";
import { abbreviationForms, isNumberLetter } from "./text/word-variants.js";
import type { TitleWords } from "./title-words.js";
import { transpositions } from "./transpositions.js";

/**
 * What one typed word may have meant, for the spelling dictionary: the word
 * itself, a number's other spellings, or, for a word no title has, close
 * title words (typos, swapped letters, sound), each with what it costs.
 */

export interface Candidate {
  word: string;
  /** A word no known title has, kept because nothing closer was found. */
  unknown?: boolean;
  /** 0 for the typed word; edits (or their equivalent) for a correction. */
  cost: number;
  /** A number written another way: not a spelling mistake. */
  numeral: boolean;
  /** The last word as typed, which starts some title word: it matches every such word. */
  typing?: boolean;
}

const MAX_CANDIDATES = 6;
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
export function typoBudget(word: string): number {
  return typoAllowance(word, 6);
}

/**
 * Whether a word found by its sound is also spelled close enough to be what
 * was meant: "fite" and "fight" (3 edits in 4 letters) yes, "qwerty" and
 * "coward" (5 in 6) no.
 */
export function soundsAndLooksAlike(typed: string, word: string): boolean {
  return editDistance(typed, word) <= Math.ceil(typed.length * MAX_SOUND_EDIT_SHARE);
}

/** What `terms[i]` may be, cheapest first; the typed word itself is always among them. */
export function candidatesFor(words: TitleWords, terms: readonly string[], i: number): Candidate[] {
  const term = terms[i] ?? "";
  const spellings = numberSpellings(term, { letterNumeral: isNumberLetter(terms, i, false) });
  // Another spelling of a number only helps if some title writes it so.
  const candidates: Candidate[] = spellings
    .filter((word, n) => n === 0 || words.has(word))
    .map((word, n) => ({ word, cost: n === 0 ? 0 : NUMERAL_COST, numeral: n > 0 }));
  // "episode" is no mistake when titles write "Ep.": known, though left as typed.
  const known = words.knows(term) || abbreviationForms(term).some((form) => words.has(form));
  if (spellings.length > 1 || known) return candidates;
  // The word still being typed may start a title word ("star wa") or be a typo of one ("star
  // wors", where "wors" starts "worst"): it stays as typed, at no cost, and close words join.
  const typing = i === terms.length - 1 && words.knows(term, { prefix: true });
  if (/\d/.test(term)) return [{ word: term, cost: 0, numeral: false, unknown: true }];
  const corrections = new Map<string, number>();
  const consider = (word: string, cost: number) =>
    corrections.set(word, Math.min(cost, corrections.get(word) ?? cost));
  const budget = typoBudget(term);
  if (budget > 0) {
    for (const [word, distance] of words.near(term, budget)) consider(word, distance);
  }
  for (const word of transpositions(term)) {
    if (words.has(word)) consider(word, TRANSPOSITION_COST);
  }
  const sound = soundKey(term);
  for (const word of sound === null ? [] : words.soundingLike(sound)) {
    if (soundsAndLooksAlike(term, word)) consider(word, SOUND_COST);
  }
  const best = [...corrections]
    .sort(
      ([a, costA], [b, costB]) =>
        costA - costB || words.frequency(b) - words.frequency(a) || a.localeCompare(b),
    )
    .slice(0, MAX_CANDIDATES)
    .map(([word, cost]) => ({ word, cost, numeral: false }));
  if (typing) return [{ word: term, cost: 0, numeral: false, typing: true }, ...best];
  // The typed word stays a (costly) option: it may be a title this dictionary lacks.
  return [...best, { word: term, cost: budget + SOUND_COST, numeral: false, unknown: true }];
}
