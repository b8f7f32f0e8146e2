/**
 * Which typed words the title index matches, and how loosely: common words
 * step aside when others were typed, and short words or numbers must be
 * typed right.
 */

/**
 * Words too common to tell titles apart. When other words are typed they are
 * left out of the match (ranking still sees them, see `ranking.ts`): they
 * would only add noise, and "the" alone touches a third of the index.
 */
const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "de",
  "for",
  "in",
  "la",
  "le",
  "of",
  "on",
  "the",
  "to",
]);

/**
 * Edits allowed per term: none for short words or numbers (too many false
 * friends), then 1 up to `oneEditUpTo` letters, then 2.
 */
export function typoAllowance(term: string, oneEditUpTo = 5): number {
  if (/\d/.test(term) || term.length <= 3) return 0;
  return term.length <= oneEditUpTo ? 1 : 2;
}

/** The terms worth matching: stop words go, unless nothing else was typed. */
export function matchableTerms(terms: readonly string[]): readonly string[] {
  const meaningful = terms.filter((term) => !STOP_WORDS.has(term));
  return meaningful.length > 0 ? meaningful : terms;
}
