import type { Candidate } from "./correction-candidates.js";
import type { TitleWords } from "./title-words.js";

/**
 * Readings of a typed text: one candidate per typed word, combined in a beam
 * search that keeps the readings whose words still occur together in some
 * known title ahead of the rest, then the cheapest.
 */

export interface Reading {
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
const BEAM_WIDTH = 12;

/**
 * The titles left once `word` must occur too (common and unknown words don't
 * narrow); a word still being typed (`typing`) occurs in every title with a
 * word it starts.
 */
export function narrowTitles(
  words: TitleWords,
  titles: Set<number> | null,
  word: string,
  { typing = false } = {},
): Set<number> | null {
  if (UNCONSTRAINING.has(word)) return titles;
  const having = typing ? words.titlesWithWordStarting(word) : words.titlesWith(word);
  if (!having) return titles;
  if (titles === null) return new Set(having);
  return new Set(having.filter((index) => titles.has(index)));
}

/** Whether one known title has all these (folded) words; common words don't count. */
export function oneTitleHas(words: TitleWords, typed: readonly string[]): boolean {
  let titles: Set<number> | null = null;
  for (const word of typed) {
    if (UNCONSTRAINING.has(word)) continue;
    titles = narrowTitles(words, titles, word);
    if (!words.has(word) || titles?.size === 0) return false;
  }
  return titles !== null;
}

/**
 * Whether one known title has all these words, the last one as the start of
 * one of its words ("the godf": The Godfather); false unless that last word
 * is only a start (a whole word is `oneTitleHas`'s case).
 */
export function oneTitleHasWhileTyping(words: TitleWords, typed: readonly string[]): boolean {
  const last = typed.length - 1;
  const typing = typed[last] ?? "";
  if (words.has(typing) || !words.knows(typing, { prefix: true })) return false;
  let titles: Set<number> | null = null;
  for (const [i, word] of typed.entries()) {
    if (UNCONSTRAINING.has(word)) continue;
    if (i < last && !words.has(word)) return false;
    titles = narrowTitles(words, titles, word, { typing: i === last });
    if (titles?.size === 0) return false;
  }
  return titles !== null;
}

/** Readings of the terms, best first: all words in one known title, then cheapest. */
export function bestReadings(
  words: TitleWords,
  terms: readonly string[],
  candidatesOf: (i: number) => readonly Candidate[],
): Reading[] {
  let beam: Reading[] = [
    { words: [], cost: 0, corrected: false, unknown: 0, worst: 0, titles: null },
  ];
  for (let i = 0; i < terms.length; i++) {
    const candidates = candidatesOf(i);
    const next: Reading[] = [];
    for (const reading of beam) {
      for (const candidate of candidates) {
        next.push({
          words: [...reading.words, candidate.word],
          cost: reading.cost + candidate.cost,
          corrected: reading.corrected || (candidate.cost > 0 && !candidate.numeral),
          unknown: reading.unknown + (candidate.unknown ? 1 : 0),
          worst: Math.max(reading.worst, candidate.cost),
          titles: narrowTitles(words, reading.titles, candidate.word, {
            typing: candidate.typing === true,
          }),
        });
      }
    }
    beam = next.sort(byFit).slice(0, BEAM_WIDTH);
  }
  return beam;
}

/** Readings whose words meet in a known title first, then those with fewer unknown words, then the cheapest. */
function byFit(a: Reading, b: Reading): number {
  const apart = (reading: Reading) =>
    reading.titles !== null && reading.titles.size === 0 ? 1 : 0;
  return apart(a) - apart(b) || a.unknown - b.unknown || a.cost - b.cost;
}
